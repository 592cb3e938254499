/**
 * Every document kind and a packet, rendered by LibreOffice headless to PDF:
 * pages > 0 and the PDF's text holds the province and the project names.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DOC_KINDS, DOCUMENTS } from "../../generator/documents";
import { packDocument, writePacketFile } from "../../generator/io/pack";
import { loadReference } from "../../generator/io/reference";
import { findDuplicates } from "../../generator/documents";
import { fixtureResult } from "../generator/documents-fixture";

const dir = mkdtempSync(join(tmpdir(), "phaen-render-"));
const result = fixtureResult();
const NAMES = ["โครงการพัฒนาคุณภาพทุเรียนส่งออก", "โครงการถนนเชื่อมด่านชายแดนบ้านหาดเล็ก", "โครงการตลาดผลไม้กลุ่มจังหวัด"];

function toPdf(docx: string): string {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
    { stdio: "ignore", timeout: 240_000 },
  );
  const pdf = join(dir, basename(docx).replace(/\.docx$/, ".pdf"));
  expect(existsSync(pdf)).toBe(true);
  return pdf;
}

function pages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
}

function pdfText(pdf: string): string {
  // LibreOffice may break a long Thai line anywhere: compare without whitespace.
  return execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

describe("documents render in LibreOffice", () => {
  let reference: Awaited<ReturnType<typeof loadReference>>;
  beforeAll(async () => {
    reference = await loadReference();
  });

  it.each(DOC_KINDS)("%s renders to PDF with the province and the project names", async (kind) => {
    const file = join(dir, `${kind}.docx`);
    writeFileSync(file, await packDocument(DOCUMENTS[kind].build(result, { styles: reference.styles, letterhead: reference.letterhead })));
    const pdf = toPdf(file);
    expect(pages(pdf)).toBeGreaterThan(0);
    const text = pdfText(pdf);
    expect(text).toContain("ตราด");
    // The KPI report speaks of steps, not projects.
    if (kind !== "kpi") for (const name of NAMES) expect(text).toContain(squeeze(name));
  });

  it("a committee packet renders with every province and its projects", async () => {
    const other = fixtureResult({ province: "จันทบุรี" });
    const entries = [result, other].map((r) => ({ result: r, cluster: "ภาคตะวันออก" }));
    const file = join(dir, "packet.docx");
    await writePacketFile(
      {
        committee: "ก.บ.ก.",
        meetingDate: "2009-02-20",
        entries,
        leftOut: [],
        duplicates: findDuplicates(entries.map((e) => ({ province: e.result.province, projects: e.result.model.projects.rows }))),
      },
      file,
      { styles: reference.styles, letterhead: reference.letterhead },
    );
    const pdf = toPdf(file);
    expect(pages(pdf)).toBeGreaterThan(3);
    const text = pdfText(pdf);
    for (const s of ["จังหวัดตราด", "จังหวัดจันทบุรี", ...NAMES]) expect(text).toContain(squeeze(s));
  });
});
