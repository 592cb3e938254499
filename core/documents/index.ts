export * from "./kinds";
export { safeFileName } from "./file-names";
