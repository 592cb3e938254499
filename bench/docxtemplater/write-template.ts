/**
 * Writes bench/docxtemplater/template.docx, the docxtemplater side of the
 * packet benchmark: a heading and one table per province, whose single
 * looping row holds each placeholder in its own run.
 * Run: node bin/run-ts.mjs bench/docxtemplater/write-template.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { OFFICIAL_STYLES } from "../../generator/documents";
import { sectionOf } from "../../generator/documents/style";

const HEADERS = ["ลำดับ", "รหัส", "ชื่อโครงการ", "หน่วยงานรับผิดชอบ", "งบประมาณ (บาท)"];
const WIDTHS = [700, 1600, 3700, 1900, 1171];
const ROW = [["{#projects}", "{seq}"], ["{code}"], ["{name}"], ["{agency}"], ["{budget}", "{/projects}"]];

const cell = (runs: string[], i: number) =>
  new TableCell({
    width: { size: WIDTHS[i], type: WidthType.DXA },
    children: [new Paragraph({ children: runs.map((t) => new TextRun(t)) })],
  });

const doc = new Document({
  styles: OFFICIAL_STYLES,
  sections: [
    sectionOf([
      new Paragraph({ children: [new TextRun("{#provinces}")] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("{province}")] }),
      new Table({
        columnWidths: WIDTHS,
        rows: [
          new TableRow({ tableHeader: true, children: HEADERS.map((h, i) => cell([h], i)) }),
          new TableRow({ children: ROW.map((runs, i) => cell(runs, i)) }),
        ],
      }),
      new Paragraph({ children: [new TextRun("{/provinces}")] }),
    ]),
  ],
});

const out = fileURLToPath(new URL("./template.docx", import.meta.url));
writeFileSync(out, await Packer.toBuffer(doc));
process.stdout.write(`wrote ${out}\n`);
