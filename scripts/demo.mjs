#!/usr/bin/env node
// `npm run demo`: the secretariat's main job on the bundled samples. Prints
// the check report of every sample, writes each workbook's Word documents to
// out/<sample>/ and a national (ก.น.จ.) packet to out/. Exit 1 from check or
// packet means "done, with findings or left-out inputs": the demo carries on.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";

const phaen = (...args) => spawnSync(process.execPath, ["bin/phaen.mjs", ...args], { stdio: "inherit" }).status ?? 2;
const samples = readdirSync("templates/samples")
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => join("templates/samples", f));

let worst = 0;
const step = (code, failOn = 2) => {
  if (code >= failOn) worst = Math.max(worst, code);
};

step(phaen("check", "templates/samples"));
for (const file of samples) step(phaen("generate", file, "--out", join("out", basename(file, ".xlsx")), "--force"));
step(phaen("packet", "templates/samples", "--committee", "กนจ", "--out", "out/packet-กนจ.docx", "--force"));
console.log(`\nเอกสาร Word อยู่ในโฟลเดอร์ out/ / Word documents are in out/`);
process.exit(worst);
