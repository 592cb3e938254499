/**
 * National alignment reference data (Z-Y-X levels, มติ ครม. 4 ธ.ค. 2560), gathered on
 * 3 Dec 2026 (CE) with the search tool over stored public pages. Data, not code: each
 * entry names the sources it was checked against and how far ("seen", "truncated",
 * "unsourced"; see alignment-types.ts). Nothing here was written from memory: where no
 * source gave a name the entry is "unsourced" and a secretariat fills it in via the pack.
 */
import type { AlignmentEntry, AlignmentReference, ReferenceSource, SubPlanEntry } from "../alignment-types";

export const ALIGNMENT_SOURCES: readonly ReferenceSource[] = [
  {
    id: "gazette-ns-2561",
    title:
      "ประกาศ เรื่อง ยุทธศาสตร์ชาติ (พ.ศ. ๒๕๖๑ – ๒๕๘๐), ราชกิจจานุเบกษา เล่ม ๑๓๕ ตอนที่ ๘๒ ก (as summarised by สำนักนโยบายและแผน มรภ.บ้านสมเด็จเจ้าพระยา)",
    date: "๑๓ ต.ค. ๒๕๖๑",
    where: "http://plan.bsru.ac.th/th/ราชกิจจานุเบกษา-เมื่อวั/ (lists ด้าน 1, 2 and the start of 3)",
  },
  {
    id: "nscr-equality",
    title: "ยุทธศาสตร์ชาติด้านการสร้างโอกาสและความเสมอภาคทางสังคม (NESDC national-strategy site)",
    date: "undated page",
    where: "http://nscr.nesdc.go.th/nesdc_uat/ยุทธศาสตร์ชาติ/ด้านการสร้างโอกาสและความ/",
  },
  {
    id: "nesdc-green-2560",
    title: "คณะกรรมการยุทธศาสตร์ชาติด้านการสร้างการเติบโตบนคุณภาพชีวิตที่เป็นมิตรต่อสิ่งแวดล้อม เดินหน้าวาง 6 เป้าหมาย (สศช. news)",
    date: "8 ธ.ค. 2560",
    where: "https://www.nesdc.go.th/ewt_news.php?nid=7198&filename=index",
  },
  {
    id: "sto-public-system",
    title: "ยุทธศาสตร์ด้านการปรับสมดุลและพัฒนาระบบการบริหารจัดการภาครัฐ (สำนักงานยุทธศาสตร์ชาติ)",
    date: "undated page",
    where: "https://sto.go.th/about/national-strategy/public-system-strategy/",
  },
  {
    id: "nscr-23-slides",
    title: "ยุทธศาสตร์ชาติสู่แผนแม่บทภายใต้ยุทธศาสตร์ชาติ 23 ประเด็น (nscr.nesdc.go.th slides, republished on anyflip)",
    date: "undated",
    where: "https://anyflip.com/tbnvn/vojk/basic (items 1–11 and the start of 12)",
  },
  {
    id: "opendata-group012",
    title: "การพัฒนาการเรียนรู้ (NESDC open data, master-plan group 012)",
    date: "undated page",
    where: "https://opendata.nesdc.go.th/group/about/group012",
  },
  {
    id: "oja-justice",
    title:
      "คะแนนเฉลี่ยด้านช่องทางการเข้าถึงกระบวนการยุติธรรม (dataset notes: แผนแม่บทฯ (พ.ศ. 2566 - 2580) (ฉบับแก้ไขเพิ่มเติม) ประเด็น 22 กฎหมายและกระบวนการยุติธรรม)",
    date: "undated dataset",
    where: "https://gdcatalognhic.nha.co.th/dataset/oja_11_11/resource/940f08db-6720-4073-b27c-f5eb89ce72e2",
  },
  {
    id: "gazette-mp-2566",
    title: "ประกาศสำนักนายกรัฐมนตรี เรื่อง แผนแม่บทภายใต้ยุทธศาสตร์ชาติ (พ.ศ. ๒๕๖๖ - ๒๕๘๐) (ฉบับแก้ไขเพิ่มเติม), ราชกิจจานุเบกษา เล่ม ๑๔๐ ตอนพิเศษ ๕๑ ง",
    date: "๗ มี.ค. ๒๕๖๖",
    where: "https://www.scribd.com/document/631653177 (first page only; the plan list itself was not reached)",
  },
  {
    id: "cm-dashboard-lists",
    title:
      "Dropdown lists of a Chiang Mai provincial project dashboard (public GitHub file, found by exact-string search; secondary source)",
    date: "undated",
    where: "GitHub code index, file id 53798845955 (STRAT_MASTER_LISTS: ด้าน 1–6, ประเด็นที่ 1–23, หมุดหมายที่ 1–13)",
  },
  {
    id: "nesdc-sez-subplan",
    title:
      "รายงานสรุปผลการดำเนินการตามยุทธศาสตร์ชาติ (pages on แผนแม่บท 09 เขตเศรษฐกิจพิเศษ: แผนแม่บทย่อย การพัฒนาพื้นที่ระเบียงเศรษฐกิจภาคใต้, เป้าหมาย 090202; แผนแม่บทฯ พ.ศ. 2561–2580, before the 2566 revision)",
    date: "House of Representatives agenda 2.8 for 24–25 มิ.ย. 2563 (published on pubhtml5 19 Jun 2020)",
    where: "https://pubhtml5.com/fksc/sdgy/basic/251-300",
  },
  {
    id: "nesdc-future-industry-subplan",
    title:
      "รายงานสรุปผลการดำเนินการตามยุทธศาสตร์ชาติ, the same House agenda (pages on แผนแม่บท 04 อุตสาหกรรมและบริการแห่งอนาคต: 040601 แผนแม่บทย่อย การพัฒนาระบบนิเวศอุตสาหกรรมและบริการแห่งอนาคต; แผนแม่บทฯ พ.ศ. 2561–2580, before the 2566 revision)",
    date: "House of Representatives agenda 2.8 for 24–25 มิ.ย. 2563 (published on pubhtml5 19 Jun 2020)",
    where: "https://pubhtml5.com/fksc/sdgy/basic/151-200",
  },
  {
    id: "plan13-gazette",
    title: "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 (พ.ศ. 2566 - 2570), ราชกิจจานุเบกษา เล่ม 139 ตอนพิเศษ 258 ง (news of its publication)",
    date: "2 พ.ย. 2565",
    where: "https://www.blockdit.com/posts/636d77bcebe5316fa4423986",
  },
  {
    id: "sdg-wikipedia-th",
    title: "เป้าหมายการพัฒนาอย่างยั่งยืน (Thai Wikipedia: the 17 goals, Thai names 1–13 in the excerpt)",
    date: "undated",
    where: "https://th.m.wikipedia.org/wiki/เป้าหมายการพัฒนาอย่างยั่งยืน",
  },
  {
    id: "sdg-dashboard-nesdc",
    title: "SDG Dashboard ของ สศช. หน้าเป้าหมายที่ 14, 15 และ 16 (the goals' official Thai titles)",
    date: "undated pages",
    where: "https://sdgdashboard.nesdc.go.th/goal/goal-14/ , /goal-15/ , /goal-16/",
  },
  {
    id: "sdg17-tropmed",
    title: "17 Partnerships for the goals (คณะเวชศาสตร์เขตร้อน มหาวิทยาลัยมหิดล: goal 17's Thai title and its targets)",
    date: "undated page",
    where: "https://www.tm.mahidol.ac.th/tropmed-sdgs/17-partnerships-for-the-goals/",
  },
  {
    id: "sdg-list-en",
    title: "What are the 17 Sustainable Development Goals (UN 2015; list of short titles)",
    date: "undated",
    where: "https://www.menzies.co.uk/advice-hub/what-are-the-17-sustainable-development-goals/",
  },
];

const ns = (code: string, th: string, en: string, sources: string[], checked: AlignmentEntry["checked"] = "seen"): AlignmentEntry => ({
  code,
  th,
  en,
  checked,
  sources,
});

/** ยุทธศาสตร์ชาติ 6 ด้าน. */
export const STRATEGIES: readonly AlignmentEntry[] = [
  ns("1", "ด้านความมั่นคง", "Security", ["gazette-ns-2561", "cm-dashboard-lists"]),
  ns("2", "ด้านการสร้างความสามารถในการแข่งขัน", "Competitiveness", ["gazette-ns-2561", "cm-dashboard-lists"]),
  ns("3", "ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์", "Human resource development", ["gazette-ns-2561", "cm-dashboard-lists"]),
  ns("4", "ด้านการสร้างโอกาสและความเสมอภาคทางสังคม", "Social opportunity and equality", ["nscr-equality", "cm-dashboard-lists"]),
  ns("5", "ด้านการสร้างการเติบโตบนคุณภาพชีวิตที่เป็นมิตรต่อสิ่งแวดล้อม", "Eco-friendly growth", ["nesdc-green-2560", "cm-dashboard-lists"]),
  ns("6", "ด้านการปรับสมดุลและพัฒนาระบบการบริหารจัดการภาครัฐ", "Public administration", ["sto-public-system", "cm-dashboard-lists"]),
];

const MP_SLIDES = ["nscr-23-slides", "cm-dashboard-lists"];
const MP_DASH = ["cm-dashboard-lists"];
/** แผนแม่บทภายใต้ยุทธศาสตร์ชาติ 23 ประเด็น; 13–21 and 23 rest on the secondary list only. */
export const MASTER_PLANS: readonly AlignmentEntry[] = [
  ns("01", "ความมั่นคง", "Security", MP_SLIDES),
  ns("02", "การต่างประเทศ", "Foreign affairs", MP_SLIDES),
  ns("03", "การเกษตร", "Agriculture", MP_SLIDES),
  ns("04", "อุตสาหกรรมและบริการแห่งอนาคต", "Future industries and services", MP_SLIDES),
  ns("05", "การท่องเที่ยว", "Tourism", MP_SLIDES),
  ns("06", "พื้นที่และเมืองน่าอยู่อัจฉริยะ", "Liveable smart cities and areas", MP_SLIDES),
  ns("07", "โครงสร้างพื้นฐาน ระบบโลจิสติกส์ และดิจิทัล", "Infrastructure, logistics and digital", MP_SLIDES),
  ns("08", "ผู้ประกอบการและวิสาหกิจขนาดกลางและขนาดย่อมยุคใหม่", "Entrepreneurs and SMEs", MP_SLIDES),
  ns("09", "เขตเศรษฐกิจพิเศษ", "Special economic zones", MP_SLIDES),
  ns("10", "การปรับเปลี่ยนค่านิยมและวัฒนธรรม", "Values and culture", MP_SLIDES),
  ns("11", "การพัฒนาศักยภาพคนตลอดช่วงชีวิต", "Human potential across the life course", MP_SLIDES),
  ns("12", "การพัฒนาการเรียนรู้", "Learning", ["opendata-group012", ...MP_SLIDES]),
  ns("13", "การเสริมสร้างให้คนไทยมีสุขภาวะที่ดี", "Health and well-being", MP_DASH),
  ns("14", "ศักยภาพการกีฬา", "Sports", MP_DASH),
  ns("15", "พลังทางสังคม", "Social power", MP_DASH),
  ns("16", "เศรษฐกิจฐานราก", "Grassroots economy", MP_DASH),
  ns("17", "ความเสมอภาคและหลักประกันทางสังคม", "Equality and social security", MP_DASH),
  ns("18", "การเติบโตอย่างยั่งยืน", "Sustainable growth", MP_DASH),
  ns("19", "การบริหารจัดการน้ำทั้งระบบ", "Integrated water management", MP_DASH),
  ns("20", "การบริการประชาชนและประสิทธิภาพภาครัฐ", "Public service and government efficiency", MP_DASH),
  ns("21", "การต่อต้านการทุจริตและประพฤติมิชอบ", "Anti-corruption", MP_DASH),
  ns("22", "กฎหมายและกระบวนการยุติธรรม", "Law and justice", ["oja-justice", ...MP_DASH]),
  ns("23", "การวิจัยและพัฒนานวัตกรรม", "Research and innovation", MP_DASH),
];

/**
 * Sub-plans a reachable source names with their code. NESDC codes targets as MMSSTT (090202 =
 * master plan 09, sub-plan 02, target 02), so a sub-plan code is MMSS and names its master plan
 * in its first two digits. Both rest on the 2561–2580 edition's report; no reachable excerpt of
 * the 2566 revision lists sub-plans with codes. All others are the pack's setting
 * `alignment.subPlans` (unsourced here).
 */
export const SUB_PLANS: readonly SubPlanEntry[] = [
  {
    code: "0406",
    masterPlan: "04",
    th: "การพัฒนาระบบนิเวศอุตสาหกรรมและบริการแห่งอนาคต",
    checked: "seen",
    sources: ["nesdc-future-industry-subplan"],
  },
  {
    code: "0902",
    masterPlan: "09",
    th: "การพัฒนาพื้นที่ระเบียงเศรษฐกิจภาคใต้",
    en: "Southern Economic Corridor",
    checked: "seen",
    sources: ["nesdc-sez-subplan"],
  },
];

const M13 = ["cm-dashboard-lists", "plan13-gazette"];
/** หมุดหมาย 1–13 of the 13th Plan (names from the secondary list; the plan's publication cited). */
export const MILESTONES: readonly AlignmentEntry[] = [
  ns("1", "ไทยเป็นประเทศชั้นนำด้านสินค้าเกษตรและเกษตรแปรรูปมูลค่าสูง", "High-value agriculture and agro-processing", M13),
  ns("2", "ไทยเป็นจุดหมายของการท่องเที่ยวที่เน้นคุณภาพและความยั่งยืน", "Quality, sustainable tourism", M13),
  ns("3", "ไทยเป็นฐานการผลิตยานยนต์ไฟฟ้าที่สำคัญของโลก", "Electric-vehicle production base", M13),
  ns("4", "ไทยเป็นศูนย์กลางทางการแพทย์และสุขภาพมูลค่าสูง", "High-value medical and health hub", M13),
  ns("5", "ไทยเป็นประตูการค้าการลงทุนและยุทธศาสตร์ทางโลจิสติกส์ที่สำคัญของภูมิภาค", "Trade, investment and logistics gateway", M13),
  ns("6", "ไทยเป็นศูนย์กลางอุตสาหกรรมอิเล็กทรอนิกส์อัจฉริยะและอุตสาหกรรมดิจิทัลของอาเซียน", "Smart electronics and digital hub", M13),
  ns("7", "ไทยมีวิสาหกิจขนาดกลางและขนาดย่อมที่เข้มแข็ง มีศักยภาพสูง และสามารถแข่งขันได้", "Strong, competitive SMEs", M13),
  ns("8", "ไทยมีพื้นที่และเมืองอัจฉริยะที่น่าอยู่ ปลอดภัย เติบโตได้อย่างยั่งยืน", "Liveable, safe smart cities", M13),
  ns("9", "ไทยมีความยากจนข้ามรุ่นลดลง และมีความคุ้มครองทางสังคมที่เพียงพอ เหมาะสม", "Less intergenerational poverty, social protection", M13),
  ns("10", "ไทยมีเศรษฐกิจหมุนเวียนและสังคมคาร์บอนต่ำ", "Circular, low-carbon economy", M13),
  ns("11", "ไทยสามารถลดความเสี่ยงและผลกระทบจากภัยธรรมชาติและการเปลี่ยนแปลงสภาพภูมิอากาศ", "Disaster and climate risk reduction", M13),
  ns("12", "ไทยมีกำลังคนสมรรถนะสูง มุ่งเรียนรู้อย่างต่อเนื่อง ตอบโจทย์การพัฒนาแห่งอนาคต", "High-performance workforce", M13),
  ns("13", "ไทยมีภาครัฐที่ทันสมัย มีประสิทธิภาพ และตอบโจทย์ประชาชน", "Modern, efficient, responsive government", M13),
];

const SDG_BOTH = ["sdg-wikipedia-th", "sdg-list-en"];
/** The 17 SDGs: Thai short names 1–13 from the Wikipedia excerpt; 14–17, cut off there, are the goals' full Thai titles as NESDC's SDG dashboard (14–16) and Mahidol (17) give them. */
export const SDGS: readonly AlignmentEntry[] = [
  ns("SDG1", "ขจัดความยากจน", "No Poverty", SDG_BOTH),
  ns("SDG2", "ขจัดความอดอยาก", "Zero Hunger", SDG_BOTH),
  ns("SDG3", "สุขภาพและความเป็นอยู่ดี", "Good Health and Well-being", SDG_BOTH),
  ns("SDG4", "การศึกษาคุณภาพ", "Quality Education", SDG_BOTH),
  ns("SDG5", "ความเท่าเทียมทางเพศ", "Gender Equality", SDG_BOTH),
  ns("SDG6", "น้ำสะอาดและสุขาภิบาล", "Clean Water and Sanitation", SDG_BOTH),
  ns("SDG7", "พลังงานสะอาดในราคาที่ซื้อได้", "Affordable and Clean Energy", SDG_BOTH),
  ns("SDG8", "อาชีพและการเติบโตทางเศรษฐกิจที่ดี", "Decent Work and Economic Growth", SDG_BOTH),
  ns("SDG9", "อุตสาหกรรม นวัตกรรมและโครงสร้างพื้นฐาน", "Industry, Innovation and Infrastructure", SDG_BOTH),
  ns("SDG10", "ลดความเหลื่อมล้ำ", "Reduced Inequalities", SDG_BOTH),
  ns("SDG11", "นครและชุมชนยั่งยืน", "Sustainable Cities and Communities", SDG_BOTH),
  ns("SDG12", "การบริโภคและการผลิตอย่างรับผิดชอบ", "Responsible Consumption and Production", SDG_BOTH),
  ns("SDG13", "การปฏิบัติการเกี่ยวกับสภาพภูมิอากาศ", "Climate Action", SDG_BOTH),
  ns("SDG14", "อนุรักษ์และใช้ประโยชน์จากมหาสมุทร ทะเล และทรัพยากรทางทะเลอย่างยั่งยืน เพื่อการพัฒนาที่ยั่งยืน", "Life Below Water", [
    "sdg-dashboard-nesdc",
    "sdg-list-en",
  ]),
  ns("SDG15", "ปกป้อง ฟื้นฟู และสนับสนุนการใช้ระบบนิเวศบนบกอย่างยั่งยืน", "Life on Land", ["sdg-dashboard-nesdc", "sdg-list-en"]),
  ns(
    "SDG16",
    "ส่งเสริมสังคมที่สงบสุขและครอบคลุมเพื่อการพัฒนาที่ยั่งยืน ให้ทุกคนเข้าถึงความยุติธรรม และสร้างสถาบันที่มีประสิทธิผล รับผิดชอบ และครอบคลุมในทุกระดับ",
    "Peace, Justice and Strong Institutions",
    ["sdg-dashboard-nesdc", "sdg-list-en"],
  ),
  ns("SDG17", "เสริมความแข็งแกร่งให้แก่กลไกการดำเนินงาน และฟื้นฟูหุ้นส่วนความร่วมมือระดับโลกเพื่อการพัฒนาที่ยั่งยืน", "Partnerships for the Goals", [
    "sdg17-tropmed",
    "sdg-list-en",
  ]),
];

export const NATIONAL_ALIGNMENT: AlignmentReference = {
  sources: ALIGNMENT_SOURCES,
  strategies: STRATEGIES,
  masterPlans: MASTER_PLANS,
  subPlans: SUB_PLANS,
  milestones: MILESTONES,
  sdgs: SDGS,
};
