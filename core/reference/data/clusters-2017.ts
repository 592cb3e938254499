/**
 * The 18 provincial clusters as redrawn in 2017 (six regions, ภาค). Data, not code.
 */
import type { ClusterSet } from "../types";

export const CLUSTERS_2017: ClusterSet = {
  sinceCE: 2017,
  sinceFiscalYearBE: 2561,
  source:
    "ประกาศคณะกรรมการนโยบายการบริหารงานจังหวัดและกลุ่มจังหวัดแบบบูรณาการ เรื่อง การจัดตั้งกลุ่มจังหวัดและกำหนดจังหวัดที่เป็นศูนย์ปฏิบัติการของกลุ่มจังหวัด " +
    "(ราชกิจจานุเบกษา 17 พ.ย. 2560: 18 clusters in 6 regions), not read in the original. Membership assembled from secondary sources: Thai Rath 29–30 Nov 2017 " +
    "(columns 'กลุ่มจังหวัดใหม่'; ตะวันออกเฉียงเหนือตอนบน 1 = บึงกาฬ เลย หนองคาย หนองบัวลำภู อุดรธานี), khonkaenlink.info (central region 5 → 4 clusters; " +
    "สงขลา and สตูล leave ภาคใต้ชายแดน), Chonburi news 2023 (ภาคตะวันออก 1 = ฉะเชิงเทรา ชลบุรี ระยอง), Prachin Buri provincial office news Dec 2017–Jan 2018 " +
    "(ก.บ.ก. ภาคตะวันออก 2 with ปราจีนบุรี, นครนายก, จันทบุรี), the Gulf cluster's 2018 plan (ชุมพร สุราษฎร์ธานี นครศรีธรรมราช พัทลุง สงขลา). " +
    "NOT CONFIRMED: ตราด and สระแก้ว in ภาคตะวันออก 2, สตูล in ภาคใต้ฝั่งอันดามัน, and สมุทรปราการ in ภาคกลางตอนบน 1 (inferred from the cluster count); " +
    "the other central, north and northeast clusters are assumed unchanged from 2009. Check against the Gazette before relying on them.",
  clusters: [
    { no: 1, th: "ภาคกลางตอนบน 1", en: "Upper Central 1", provinces: ["นนทบุรี", "ปทุมธานี", "พระนครศรีอยุธยา", "สระบุรี", "สมุทรปราการ"] },
    { no: 2, th: "ภาคกลางตอนบน 2", en: "Upper Central 2", provinces: ["ชัยนาท", "ลพบุรี", "สิงห์บุรี", "อ่างทอง"] },
    { no: 3, th: "ภาคกลางตอนล่าง 1", en: "Lower Central 1", provinces: ["กาญจนบุรี", "นครปฐม", "ราชบุรี", "สุพรรณบุรี"] },
    { no: 4, th: "ภาคกลางตอนล่าง 2", en: "Lower Central 2", provinces: ["เพชรบุรี", "ประจวบคีรีขันธ์", "สมุทรสาคร", "สมุทรสงคราม"] },
    { no: 5, th: "ภาคตะวันออก 1", en: "Eastern 1", provinces: ["ฉะเชิงเทรา", "ชลบุรี", "ระยอง"] },
    { no: 6, th: "ภาคตะวันออก 2", en: "Eastern 2", provinces: ["จันทบุรี", "ตราด", "นครนายก", "ปราจีนบุรี", "สระแก้ว"] },
    { no: 7, th: "ภาคใต้ฝั่งอ่าวไทย", en: "Southern Gulf", provinces: ["ชุมพร", "สุราษฎร์ธานี", "นครศรีธรรมราช", "พัทลุง", "สงขลา"] },
    { no: 8, th: "ภาคใต้ฝั่งอันดามัน", en: "Southern Andaman", provinces: ["ระนอง", "พังงา", "ภูเก็ต", "กระบี่", "ตรัง", "สตูล"] },
    { no: 9, th: "ภาคใต้ชายแดน", en: "Southern Border", provinces: ["ปัตตานี", "ยะลา", "นราธิวาส"] },
    { no: 10, th: "ภาคตะวันออกเฉียงเหนือตอนบน 1", en: "Upper Northeastern 1", provinces: ["อุดรธานี", "หนองคาย", "เลย", "หนองบัวลำภู", "บึงกาฬ"] },
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
