/**
 * The commands: each declared here (arguments, options, help text) and
 * implemented in its own module, which is imported only when that command
 * runs, so `phaen rules` never loads exceljs or docx. A new command is a
 * row here and a module exporting `run`.
 */
import type { Command } from "commander";
import { DOC_KINDS } from "../../../core/documents";
import { DEFAULT_REFERENCE } from "../../io/root";
import type { CliIO } from "../io";

/** Runs a parsed command; returns the exit code (core/errors.ts EXIT). */
export type Run = (cmd: Command, io: CliIO) => Promise<number>;

export interface CommandSpec {
  name: string;
  declare(cmd: Command): Command;
  load(): Promise<{ run: Run }>;
}

/** The options of a command that prints a report: its language, or JSON. */
const report = (cmd: Command, json = "พิมพ์ผลเป็น JSON / print JSON") =>
  cmd.option("--lang <lang>", "ภาษา th หรือ en / language: th or en", "th").option("--json", json);
const collect = (value: string, previous: string[] = []) => [...previous, value];
/** The yearly rule pack a command checks under (core/packs); by default the bundled one covering the workbook's year. */
const pack = (cmd: Command) =>
  cmd.option("--pack <file or id>", "ชุดกติกา (ไฟล์ JSON/YAML หรือรหัส เช่น FY2552) / rule pack: a JSON/YAML file or an id such as FY2552");

export const COMMANDS: CommandSpec[] = [
  {
    name: "rules",
    declare: (cmd) => report(cmd.description("แสดงรายการเกณฑ์ที่ใช้ตรวจ / list the screening rules"), "พิมพ์เป็น JSON / print JSON"),
    load: () => import("./rules"),
  },
  {
    name: "packs",
    declare: (cmd) =>
      report(cmd.description("แสดงชุดกติกาประจำปี / list the yearly rule packs")).option(
        "--validate <file>",
        "ตรวจไฟล์ชุดกติกาที่แก้ไข / check an edited pack file",
      ),
    load: () => import("./packs"),
  },
  {
    name: "check",
    declare: (cmd) =>
      pack(
        report(
          cmd
            .description("ตรวจสมุดงานแผนตามหลักเกณฑ์ / check plan workbooks against the screening criteria")
            .argument("<paths...>", "ไฟล์ .xlsx หรือโฟลเดอร์ / .xlsx files or folders"),
        ),
      ),
    load: () => import("./check"),
  },
  {
    name: "score",
    declare: (cmd) =>
      pack(
        report(
          cmd
            .description("คำนวณคะแนนตัวชี้วัดแบบขั้นความสำเร็จ / score the milestone KPIs of a workbook")
            .argument("<file>", "ไฟล์ .xlsx / an .xlsx workbook"),
        ),
      ),
    load: () => import("./score"),
  },
  {
    name: "new",
    declare: (cmd) =>
      pack(
        cmd
          .description("สร้างสมุดงานแผนใหม่จากแม่แบบ / create a new plan workbook from the template")
          .requiredOption(
            "--province <name>",
            "ชื่อจังหวัดภาษาไทย (แผนกลุ่มจังหวัด: จังหวัดที่เป็นศูนย์ปฏิบัติการ) / the province's Thai name (for a cluster plan, its operations-centre province)",
          )
          .option("--cluster <name>", "สร้างแผนกลุ่มจังหวัด เช่น ภาคตะวันออก / make a cluster plan, e.g. ภาคตะวันออก")
          .requiredOption("--year <year>", "ปีงบประมาณ พ.ศ. / fiscal year (BE)")
          .requiredOption("--out <file>", "ไฟล์ที่จะสร้าง / the file to write")
          .option("--force", "เขียนทับไฟล์ที่มีอยู่ / overwrite an existing file"),
      ),
    load: () => import("./new"),
  },
  {
    name: "generate",
    declare: (cmd) =>
      pack(
        cmd
          .description("จัดทำเอกสาร Word ของสมุดงานหนึ่งจังหวัด / write the Word documents of one workbook")
          .argument("<workbook>", "ไฟล์ .xlsx / the .xlsx workbook")
          .requiredOption("--out <folder>", "โฟลเดอร์ผลลัพธ์ / output folder")
          .option("--doc <kind>", `ชนิดเอกสาร (ระบุซ้ำได้) / document kind, repeatable: ${DOC_KINDS.join("|")}`, collect)
          .option("--thai-digits", "ใช้เลขไทย / print Thai digits")
          .option("--force", "เขียนทับไฟล์เดิม / overwrite existing files")
          .option("--reference <docx>", "ไฟล์ต้นแบบสไตล์ Word / Word style reference", DEFAULT_REFERENCE),
      ),
    load: () => import("./generate"),
  },
  {
    name: "packet",
    declare: (cmd) =>
      pack(
        cmd
          .description("จัดทำเอกสารประกอบการประชุมคณะกรรมการ / write a committee meeting packet")
          .argument("<paths...>", "ไฟล์ .xlsx หรือโฟลเดอร์ / .xlsx files or folders")
          .requiredOption("--committee <committee>", "คณะกรรมการ กบจ|กบก|กนจ|กนบ|อนุกรรมการประจำภาค (kbj|kbk|knj|knb|regional)")
          .requiredOption("--out <file>", "ไฟล์ .docx ผลลัพธ์ / output .docx")
          .option("--meeting-no <no>", "ครั้งที่ประชุม เช่น 1/2552 / meeting number")
          .option("--meeting-date <date>", "วันที่ประชุม เช่น 15 ม.ค. 52 / meeting date")
          .option("--meeting-place <place>", "สถานที่ประชุม / meeting place")
          .option("--thai-digits", "ใช้เลขไทย / print Thai digits")
          .option("--force", "เขียนทับไฟล์เดิม / overwrite an existing file")
          .option("--reference <docx>", "ไฟล์ต้นแบบสไตล์ Word / Word style reference", DEFAULT_REFERENCE)
          .option("--previous <paths...>", "สมุดงานหรือโฟลเดอร์ของการเสนอครั้งก่อน / workbooks or folders of the previous submission")
          .option("--region <region>", "ภาคของคณะอนุกรรมการประจำภาค เช่น ภาคเหนือ / the regional sub-committee's region, e.g. ภาคเหนือ"),
      ),
    load: () => import("./packet"),
  },
  {
    name: "diff",
    declare: (cmd) =>
      pack(
        report(
          cmd
            .description("เปรียบเทียบแผนสองฉบับ / compare two versions of a plan")
            .argument("<older>", "สมุดงานฉบับเดิม .xlsx / the older workbook")
            .argument("<newer>", "สมุดงานฉบับใหม่ .xlsx / the newer workbook"),
        )
          .option("--out <file>", "เขียนตารางเปรียบเทียบเป็นไฟล์ .docx / write the comparison document (.docx)")
          .option("--force", "เขียนทับไฟล์ --out เดิม / overwrite an existing --out file")
          .option("--any-province", "ยอมให้เปรียบเทียบต่างจังหวัด / allow workbooks of different provinces")
          .option("--thai-digits", "ใช้เลขไทยในเอกสาร / print Thai digits in the document")
          .option("--reference <docx>", "ไฟล์ต้นแบบสไตล์ Word / Word style reference", DEFAULT_REFERENCE),
      ),
    load: () => import("./diff"),
  },
];
