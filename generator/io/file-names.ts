/** safeFileName moved to generator/documents/file-names.ts (pure, shared with the task pane); kept here for existing imports. */
export { safeFileName } from "../documents/file-names";
