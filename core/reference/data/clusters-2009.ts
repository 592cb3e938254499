/**
 * The 18 provincial clusters (กลุ่มจังหวัด) as first set up in 2009, and the
 * 2011 amendment that added บึงกาฬ. Data, not code.
 */
import type { ClusterSet } from "../types";

export const CLUSTERS_2009: ClusterSet = {
  sinceCE: 2009,
  sinceFiscalYearBE: 2552,
  source:
    "ประกาศคณะกรรมการนโยบายการบริหารงานจังหวัดและกลุ่มจังหวัดแบบบูรณาการ เรื่อง การจัดตั้งกลุ่มจังหวัดและกำหนดจังหวัดที่เป็นศูนย์ปฏิบัติการของกลุ่มจังหวัด " +
    "(ราชกิจจานุเบกษา พ.ศ. 2552; clusters created after the Cabinet meeting of 17 Feb 2009), as listed in DOMAIN.md §8 and in the Ministry of Interior's " +
    "2010 newsletter (transcribed at tambon.blogspot.com, 2 Jun 2010). Sources disagree on สมุทรปราการ: a Thai Wikipedia revision citing the Gazette puts it in " +
    "ภาคกลางตอนบน 1; DOMAIN.md and the 2010 list keep ภาคกลางตอนบน 1 at four provinces, so it is kept here in ภาคกลางตอนกลาง. 75 provinces; Bangkok is in no cluster.",
  clusters: [
    { no: 1, th: "ภาคกลางตอนบน 1", en: "Upper Central 1", provinces: ["นนทบุรี", "ปทุมธานี", "พระนครศรีอยุธยา", "สระบุรี"] },
    { no: 2, th: "ภาคกลางตอนบน 2", en: "Upper Central 2", provinces: ["ชัยนาท", "ลพบุรี", "สิงห์บุรี", "อ่างทอง"] },
    { no: 3, th: "ภาคกลางตอนกลาง", en: "Middle Central", provinces: ["ฉะเชิงเทรา", "ปราจีนบุรี", "นครนายก", "สระแก้ว", "สมุทรปราการ"] },
    { no: 4, th: "ภาคกลางตอนล่าง 1", en: "Lower Central 1", provinces: ["กาญจนบุรี", "นครปฐม", "ราชบุรี", "สุพรรณบุรี"] },
    { no: 5, th: "ภาคกลางตอนล่าง 2", en: "Lower Central 2", provinces: ["เพชรบุรี", "ประจวบคีรีขันธ์", "สมุทรสาคร", "สมุทรสงคราม"] },
    { no: 6, th: "ภาคใต้ฝั่งอ่าวไทย", en: "Southern Gulf", provinces: ["ชุมพร", "สุราษฎร์ธานี", "นครศรีธรรมราช", "พัทลุง"] },
    { no: 7, th: "ภาคใต้ฝั่งอันดามัน", en: "Southern Andaman", provinces: ["ระนอง", "พังงา", "ภูเก็ต", "กระบี่", "ตรัง"] },
    { no: 8, th: "ภาคใต้ชายแดน", en: "Southern Border", provinces: ["สงขลา", "สตูล", "ปัตตานี", "ยะลา", "นราธิวาส"] },
    { no: 9, th: "ภาคตะวันออก", en: "Eastern", provinces: ["ชลบุรี", "ระยอง", "จันทบุรี", "ตราด"] },
    { no: 10, th: "ภาคตะวันออกเฉียงเหนือตอนบน 1", en: "Upper Northeastern 1", provinces: ["อุดรธานี", "หนองคาย", "เลย", "หนองบัวลำภู"] },
    { no: 11, th: "ภาคตะวันออกเฉียงเหนือตอนบน 2", en: "Upper Northeastern 2", provinces: ["สกลนคร", "นครพนม", "มุกดาหาร"] },
    { no: 12, th: "ภาคตะวันออกเฉียงเหนือตอนกลาง", en: "Middle Northeastern", provinces: ["ขอนแก่น", "ร้อยเอ็ด", "มหาสารคาม", "กาฬสินธุ์"] },
    { no: 13, th: "ภาคตะวันออกเฉียงเหนือตอนล่าง 1", en: "Lower Northeastern 1", provinces: ["นครราชสีมา", "ชัยภูมิ", "บุรีรัมย์", "สุรินทร์"] },
    { no: 14, th: "ภาคตะวันออกเฉียงเหนือตอนล่าง 2", en: "Lower Northeastern 2", provinces: ["อุบลราชธานี", "ศรีสะเกษ", "ยโสธร", "อำนาจเจริญ"] },
    { no: 15, th: "ภาคเหนือตอนบน 1", en: "Upper Northern 1", provinces: ["เชียงใหม่", "ลำพูน", "ลำปาง", "แม่ฮ่องสอน"] },
    { no: 16, th: "ภาคเหนือตอนบน 2", en: "Upper Northern 2", provinces: ["เชียงราย", "พะเยา", "แพร่", "น่าน"] },
    { no: 17, th: "ภาคเหนือตอนล่าง 1", en: "Lower Northern 1", provinces: ["พิษณุโลก", "ตาก", "สุโขทัย", "อุตรดิตถ์", "เพชรบูรณ์"] },
    { no: 18, th: "ภาคเหนือตอนล่าง 2", en: "Lower Northern 2", provinces: ["นครสวรรค์", "กำแพงเพชร", "พิจิตร", "อุทัยธานี"] },
  ],
};

/** 2011: the new province บึงกาฬ joins the cluster of หนองคาย, from which it was split; nothing else changes. */
export const CLUSTERS_2011: ClusterSet = {
  sinceCE: 2011,
  sinceFiscalYearBE: 2555,
  source:
    "The 2009 set amended in the Royal Gazette of 3 May 2011 (reported at tambon.blogspot.com, 11 May 2011): บึงกาฬ placed in " +
    "ภาคตะวันออกเฉียงเหนือตอนบน 1. Applied here from fiscal year 2555, the first fiscal year that began after the amendment.",
  clusters: CLUSTERS_2009.clusters.map((c) => (c.no === 10 ? { ...c, provinces: [...c.provinces, "บึงกาฬ"] } : c)),
};
