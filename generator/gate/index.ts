/** The safety gate, shared by the CLI's reader and the task pane: bytes in, a checked archive out. */
export { gateWorkbook, type GateCodec, type GatedPart, type GatedSheet, type GatedWorkbook, type GateOptions } from "./gate";
export { LIMITS, refuseBySize, type Limits } from "./limits";
export { listEntries, readEntry, crc32, ZipProblem, type ZipCodec, type ZipEntry } from "./zip";
export { decodeXml, declaresDtd, XmlProblem } from "./xml";
export { countSheet, type SheetCount } from "./sheet";
export { countSheetBytes } from "./sheet-bytes";
export { refuseZip } from "./messages";
export { gridsFromGated } from "./grids";
export {
  letterheadParagraphs,
  REFERENCE_LIMITS,
  referenceFromBytes,
  validateStyles,
  type Reference,
  type ReferenceStyles,
} from "./reference";
