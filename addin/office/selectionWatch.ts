/* global Excel, OfficeExtension */
/**
 * The live re-check's cover for Excel on the web, where choosing from a dropdown list raises no
 * onChanged (OfficeDev/office-js#3888): the pane remembers what the selected cells held, and when
 * the planner moves to another cell it reads them again; if a dropdown choice (or anything else)
 * changed them, that counts as an edit. Only small selections are remembered (a whole column
 * selected is not read on every move).
 */
import { parseAddress, type CellValue } from "../../core";

/** Cells of a selection the watch remembers; a larger one is not read. */
export const WATCHED_CELLS = 2000;

type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface Seen {
  worksheetId: string;
  address: string;
  values: string;
}

const bare = (address: string) => address.slice(address.lastIndexOf("!") + 1);

const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;

/** "B7:D9" is small; a whole column ("A:A"), row ("3:3") or several areas are not read. */
function small(address: string): boolean {
  const ends = bare(address).split(":");
  if (ends.length > 2 || !ends.every((e) => CELL.test(e))) return false;
  const [a, b] = [parseAddress(ends[0]), parseAddress(ends.at(-1)!)];
  return (Math.abs(a.col - b.col) + 1) * (Math.abs(a.row - b.row) + 1) <= WATCHED_CELLS;
}

/** Registers the selection handler; `onEdited` is called when cells left behind changed since they were selected. */
export async function watchSelection(
  run: Run,
  onEdited: () => void,
  isOwnWrite: () => boolean,
): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs>> {
  let seen: Seen | null = null;
  const onSelection = async (e: Excel.WorksheetSelectionChangedEventArgs) => {
    const before = seen;
    const next = small(e.address) ? { worksheetId: e.worksheetId, address: bare(e.address) } : null;
    const read = await run(async (ctx) => {
      const rangeOf = (s: { worksheetId: string; address: string }) =>
        ctx.workbook.worksheets.getItem(s.worksheetId).getRange(s.address).load("values");
      const was = before ? rangeOf(before) : null;
      const now = next ? rangeOf(next) : null;
      await ctx.sync();
      return { was: was?.values as CellValue[][] | undefined, now: now?.values as CellValue[][] | undefined };
    }).catch(() => ({ was: undefined, now: undefined }));
    seen = next && read.now ? { ...next, values: JSON.stringify(read.now) } : null;
    if (before && read.was && JSON.stringify(read.was) !== before.values && !isOwnWrite()) onEdited();
  };
  return run(async (ctx) => {
    const handler = ctx.workbook.worksheets.onSelectionChanged.add(onSelection);
    await ctx.sync();
    return handler;
  });
}
