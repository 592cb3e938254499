/// <reference lib="webworker" />
/* global self, MessageEvent */
/** The core check, off the task pane's main thread. */
import { checkGrids, describeUnexpected, type Grid } from "../../core";

self.onmessage = (e: MessageEvent<{ id: number; grids: Grid[] }>) => {
  try {
    self.postMessage({ id: e.data.id, result: checkGrids(e.data.grids) });
  } catch (err) {
    // An Error does not cross to the pane intact: send the Thai and English of it.
    const { th, en } = describeUnexpected(err);
    self.postMessage({ id: e.data.id, error: { th, en } });
  }
};
