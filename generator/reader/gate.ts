/**
 * The CLI's side of the safety gate (generator/gate): a file is looked at
 * before it is read (a folder, a FIFO or a device is refused, and so is one
 * over the size limit), then its bytes go through the gate. Read only.
 */
import { gateWorkbook, LIMITS, type GatedWorkbook, type GateOptions } from "../gate";
import { readInputFile } from "../io/read-input";
import { NODE_CODEC } from "./codec";

export { readInputFile };

/** Reads a workbook file through the gate; throws a UserError naming the file when it is refused. */
export async function gateWorkbookFile(file: string, opts: GateOptions = {}): Promise<GatedWorkbook> {
  const limits = opts.limits ?? LIMITS;
  return gateWorkbook(file, await readInputFile(file, limits.maxFileBytes), { codec: NODE_CODEC, ...opts, limits });
}
