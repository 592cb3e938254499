/** Writes templates/workbook-template.xlsx from the core schema (run after any schema change). */
import { fileURLToPath } from "node:url";
import { buildWorkbook } from "../../generator/workbook";

export const TEMPLATE_PATH = fileURLToPath(new URL("../workbook-template.xlsx", import.meta.url));

export async function writeTemplate(out = TEMPLATE_PATH): Promise<string> {
  await buildWorkbook().xlsx.writeFile(out);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`เขียนแบบฟอร์มแล้ว / template written: ${await writeTemplate()}`);
}
