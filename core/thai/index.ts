export * from "./digits";
export * from "./dates";
export * from "./money";
export * from "./severity";
