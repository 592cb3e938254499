/**
 * How the pane runs the core check. In the task pane it runs in a Web Worker
 * (see worker/), so a 5,000-project check never freezes the pane; tests and
 * hosts without workers run it in place.
 */
import { checkGrids, type CheckResult, type Grid } from "../../core";

export type Checker = (grids: Grid[]) => Promise<CheckResult>;

export const checkInPlace: Checker = async (grids) => checkGrids(grids);
