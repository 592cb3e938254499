import { checkGrids } from "../core";
import { tratGrids } from "./_scaled";
import { DEFAULT_LETTERHEAD, DOCUMENTS, DOC_KINDS } from "../generator/documents";
import { packDocument } from "../generator/io/pack";
const grids = tratGrids(5000);
const r = checkGrids(grids);
for (const k of DOC_KINDS) {
  let t = Date.now(); const spec = DOCUMENTS[k].build(r, { letterhead: DEFAULT_LETTERHEAD }); const t1 = Date.now();
  const b = await packDocument(spec); console.log(k, "spec", t1 - t, "pack", Date.now() - t1, b.length);
}
