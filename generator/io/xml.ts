/** partsXml moved to generator/documents/parts-xml.ts (pure, shared with the task pane); kept here for existing imports. */
export { partsXml } from "../documents/parts-xml";
