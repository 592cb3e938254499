/**
 * Thai has no spaces between words; the browser breaks lines by its own dictionary, which splits
 * some words a reader takes as one (เป้า|หมาย, ถ่วง|น้ำหนัก, พระราช|กฤษฎีกา). The pane's labels keep
 * these whole: each is wrapped in a span that does not break, so a line ends before or after it.
 */
import { Fragment, type ReactNode } from "react";

/** Words of the pane's labels that the browser's Thai line breaking splits in two (longest first where they overlap). */
export const WHOLE_WORDS = [
  "พระราชกฤษฎีกา",
  "ปีงบประมาณ",
  "งบประมาณ",
  "ถ่วงน้ำหนัก",
  "น้ำหนัก",
  "เป้าหมาย",
  "ความสำคัญ",
  "วัตถุประสงค์",
  "ยุทธศาสตร์ชาติ",
  "ยุทธศาสตร์",
  "กรอบวงเงิน",
  "บูรณาการ",
  "กลั่นกรอง",
  "ประชาชน",
  "ตัวชี้วัด",
  "เศรษฐกิจพอเพียง",
  "ผู้จัดทำแผน",
  "แผนงาน",
] as const;

const PATTERN = new RegExp(`(${WHOLE_WORDS.join("|")})`, "g");

/** The text with each whole word in a span that never breaks inside (data-keep marks them for the layout test). */
export function keepWords(text: string): ReactNode {
  const parts = text.split(PATTERN);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} data-keep="" style={{ whiteSpace: "nowrap" }}>
        {part}
      </span>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
