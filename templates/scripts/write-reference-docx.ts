/**
 * Writes templates/reference.docx: the official styles (TH SarabunPSK 16 pt in
 * every font slot, th-TH, Title and Heading 1–3 with outline levels, table
 * text) and a text letterhead. Run: node bin/run-ts.mjs templates/scripts/write-reference-docx.ts
 * A secretariat may then edit the file in Word; the generator reads its styles
 * and letterhead, where {คณะกรรมการ} and {สำนักงาน} are filled per document
 * (the committee, and its secretariat's office).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { DEFAULT_LETTERHEAD, OFFICIAL_STYLES, STYLE_IDS } from "../../generator/documents";
import { sectionOf } from "../../generator/documents/style";

const out = fileURLToPath(new URL("../reference.docx", import.meta.url));

const doc = new Document({
  creator: "Phaen (แผน)",
  title: "ต้นแบบสไตล์เอกสาร Phaen",
  styles: OFFICIAL_STYLES,
  sections: [
    sectionOf([
      ...DEFAULT_LETTERHEAD.map((line) => new Paragraph({ style: STYLE_IDS.letterhead, children: [new TextRun(line)] })),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("ชื่อเอกสาร (Title)")] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("หัวข้อระดับ 1 (Heading 1)")] }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("หัวข้อระดับ 2 (Heading 2)")] }),
      new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun("หัวข้อระดับ 3 (Heading 3)")] }),
      new Paragraph({
        children: [
          new TextRun(
            "ข้อความปกติ TH SarabunPSK 16 พอยต์ ย่อหน้าที่มีสไตล์ Letterhead ด้านบนคือหัวกระดาษที่พิมพ์บนปกเอกสารทุกฉบับ แก้ไขข้อความหรือสไตล์ในไฟล์นี้ด้วย Word ได้",
          ),
        ],
      }),
      new Paragraph({ style: STYLE_IDS.table, children: [new TextRun("ข้อความในตาราง (Table Text) 14 พอยต์")] }),
    ]),
  ],
});

writeFileSync(out, await Packer.toBuffer(doc));
process.stdout.write(`wrote ${out}\n`);
