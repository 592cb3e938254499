/// <reference lib="webworker" />
/* global self, MessageEvent */
/** The core check, off the task pane's main thread. */
import { checkGrids, type Grid } from "../../core";

self.onmessage = (e: MessageEvent<{ id: number; grids: Grid[] }>) => {
  try {
    self.postMessage({ id: e.data.id, result: checkGrids(e.data.grids) });
  } catch (err) {
    self.postMessage({ id: e.data.id, error: (err as Error).message });
  }
};
