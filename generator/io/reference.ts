/**
 * The Word style reference (templates/reference.docx): its styles.xml styles
 * every generated document and its Letterhead paragraphs print on covers, so a
 * secretariat restyles the output in Word, not in code.
 */
import { UserError } from "../../core/errors";
import { REFERENCE_STYLES } from "../documents";
import { REFERENCE_LIMITS, referenceFromBytes, type Reference } from "../gate";
import { readInputFile } from "./read-input";
import { DEFAULT_REFERENCE } from "./root";

export { DEFAULT_REFERENCE, REFERENCE_LIMITS, type Reference };

export async function loadReference(file: string = DEFAULT_REFERENCE): Promise<Reference> {
  const bytes = await readInputFile(file, REFERENCE_LIMITS.maxFileBytes).catch((e: unknown) => {
    const err = e as UserError;
    if (err.en === "file not found")
      throw new UserError("ไม่พบไฟล์ต้นแบบ Word (reference.docx)", "the Word reference file (reference.docx) is missing", file);
    throw new UserError(`ไฟล์ต้นแบบ Word: ${err.th}`, `the Word reference file: ${err.en}`, file);
  });
  return referenceFromBytes(file, bytes, REFERENCE_STYLES);
}
