/** The pane's engine on the calling thread: for tests and hosts without workers. */
import { CancelledError, type PaneEngine } from "./engine";
import { compareJob, exportComparisonJob } from "./compare";
import { checkJob, exportJob } from "./jobs";

/** Cancel stops between steps. */
export function inPlaceEngine(): PaneEngine {
  return {
    check: async (grids) => checkJob(grids),
    compare: async (older, grids, options) => compareJob(older, grids, options),
    exportComparison: (diff, options) => exportComparisonJob(diff, options),
    exportDocuments(grids, kinds, options, on) {
      let cancelled = false;
      const stopIfCancelled = () => {
        if (cancelled) throw new CancelledError();
      };
      const done = exportJob(
        grids,
        kinds,
        options,
        (step) => (stopIfCancelled(), on.onStep(step)),
        (kind, name, bytes) => (stopIfCancelled(), on.onDocument(kind, name, bytes)),
      );
      return { done, cancel: () => void (cancelled = true) };
    },
  };
}
