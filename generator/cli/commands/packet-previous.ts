/** `phaen packet … --previous <folder or files>`: each province's changes since its previous submission. */
import { basename } from "node:path";
import { diffPlans, sameProvince } from "../../../core/diff";
import { describeUnexpected } from "../../../core/errors";
import type { LeftOut, PacketEntry } from "../../documents";
import { checkWorkbookFile } from "../../reader/check-file";
import { expandInputs } from "./check";
import type { Readable } from "./packet-select";

/**
 * Reads the previous workbooks (through the same safety gate) and gives each
 * entry the diff against its province's previous one (null when there is
 * none). An unreadable previous workbook is left out, like any other input.
 */
export async function attachPrevious(entries: PacketEntry[], paths: string[]): Promise<LeftOut[]> {
  const files = await expandInputs(paths);
  const previous: Readable[] = [];
  const leftOut: LeftOut[] = [];
  for (const file of files) {
    try {
      previous.push({ file, result: await checkWorkbookFile(file) });
    } catch (e) {
      const err = describeUnexpected(e, file);
      leftOut.push({ file, reason: `ฉบับก่อนอ่านไม่ได้: ${err.th}`, reasonEn: `previous version unreadable: ${err.en}` });
    }
  }
  for (const entry of entries) {
    const match = previous.find((p) => sameProvince(p.result, entry.result));
    entry.previous = match
      ? diffPlans({ label: basename(match.file), result: match.result }, { label: entry.result.province, result: entry.result })
      : null;
  }
  return leftOut;
}
