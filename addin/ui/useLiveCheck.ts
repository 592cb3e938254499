/**
 * Live re-check: after the planner stops editing for a moment, check again.
 * Edits during a running check queue exactly one more check, so a burst of
 * edits on a 5,000-project workbook never piles up work.
 */
/* global setTimeout, clearTimeout */
import { useEffect, useRef } from "react";
import type { WorkbookPort } from "../logic/port";

export const LIVE_DEBOUNCE_MS = 1500;

export function useLiveCheck(port: WorkbookPort, enabled: boolean, check: () => Promise<unknown>, delay = LIVE_DEBOUNCE_MS): void {
  const checkRef = useRef(check);
  checkRef.current = check;
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let again = false;
    let stopped = false;
    const fire = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        await checkRef.current();
      } finally {
        running = false;
        if (again && !stopped) {
          again = false;
          schedule();
        }
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void fire(), delay);
    };
    const unsubscribe = port.watchChanges(schedule);
    return () => {
      stopped = true;
      clearTimeout(timer);
      void unsubscribe.then((stop) => stop());
    };
  }, [port, enabled, delay]);
}
