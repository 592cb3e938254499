/**
 * What the planner reads when something fails: in their language, with what
 * to do, never Excel's raw English. Office errors carry a `code`; the pane's
 * own are core's UserError (the one user-error type of the CLI and the pane).
 */
import { UserError, type Bilingual } from "../../core";

/** A user error from a bilingual text the pane keeps. */
export const userError = (text: Bilingual) => new UserError(text.th, text.en);

export const NO_TEMPLATE: Bilingual = {
  th: "ไม่พบแผ่นงานของแม่แบบแผน (เช่น ข้อมูลทั่วไป, โครงการ) ในสมุดงานนี้: เปิดไฟล์แผนที่ใช้แม่แบบ หรือใช้แท็บสร้างแม่แบบเพื่อสร้างแผ่นงาน",
  en: "No plan template sheets (such as ข้อมูลทั่วไป, โครงการ) in this workbook: open a plan made from the template, or use the Create template tab.",
};

export const WORKER_FAILED: Bilingual = {
  th: "ตัวตรวจแผนเริ่มทำงานไม่ได้: ปิดแล้วเปิดบานหน้าต่างแผนใหม่ หากยังเป็นอยู่ ให้รีสตาร์ต Excel",
  en: "The plan checker could not start: close and reopen the Phaen pane; if it persists, restart Excel.",
};

const BY_CODE: Record<string, Bilingual> = {
  RequestPayloadSizeLimitExceeded: {
    th: "Excel ปฏิเสธคำขอเพราะข้อมูลใหญ่เกินไป: ลองอีกครั้ง หากยังไม่ได้ ให้แบ่งแผ่นงานโครงการเป็นไฟล์ย่อย",
    en: "Excel refused a request as too large: try again; if it persists, split the projects sheet into smaller files.",
  },
  ItemNotFound: {
    th: "ไม่พบแผ่นงานหรือเซลล์นี้แล้ว อาจถูกเปลี่ยนชื่อหรือลบ: กดตรวจสอบแผนอีกครั้ง",
    en: "That sheet or cell is no longer there (renamed or deleted?): run the check again.",
  },
  InvalidSelection: {
    th: "เลือกเซลล์ไม่ได้ในขณะนี้: ออกจากการแก้ไขเซลล์แล้วลองอีกครั้ง",
    en: "Excel could not select the cell now: finish editing the cell and try again.",
  },
  ApiNotFound: {
    th: "Excel รุ่นนี้ไม่มีคำสั่งที่ต้องใช้: ใช้ Excel for Microsoft 365 หรือ Excel บนเว็บ",
    en: "This Excel lacks a command this needs: use Excel for Microsoft 365 or Excel on the web.",
  },
  PhaenSheetTaken: {
    th: "มีแผ่นงานชื่อ ผลการตรวจ/คะแนน และ “(แผน)” ที่ผู้ใช้สร้างเองอยู่แล้ว โปรแกรมจะไม่เขียนทับ: เปลี่ยนชื่อแผ่นงานหนึ่งแล้วลองอีกครั้ง",
    en: "Your own sheets already use the add-in's sheet names (and the “(แผน)” ones); they are not overwritten: rename one and try again.",
  },
  GeneralException: {
    th: "Excel ทำคำสั่งไม่สำเร็จ: ลองอีกครั้ง หากยังไม่ได้ ให้บันทึกไฟล์แล้วเปิดใหม่",
    en: "Excel could not complete the request: try again; if it persists, save and reopen the file.",
  },
};

const UNKNOWN: Bilingual = {
  th: "เกิดข้อผิดพลาดที่ไม่คาดไว้: ลองอีกครั้ง หากยังไม่ได้ ให้ปิดแล้วเปิดบานหน้าต่างแผนใหม่",
  en: "Something unexpected went wrong: try again; if it persists, close and reopen the Phaen pane.",
};

/** The planner's words for an error, with the fix. */
export function explain(e: unknown): Bilingual {
  if (e instanceof UserError) return { th: e.th, en: e.en };
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && BY_CODE[code]) return BY_CODE[code];
  const message = String((e as Error | null)?.message ?? e);
  const named = Object.keys(BY_CODE).find((c) => message.startsWith(c));
  return named ? BY_CODE[named] : UNKNOWN;
}
