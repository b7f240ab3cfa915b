// The Xen toolstack model: pure functions, no I/O. Plan, apply, drift and the
// constructs' synth-time checks all ask these.
export * from "./version";
export * from "./facts";
export * from "./finding";
export * from "./guest-type";
export * from "./spec";
export * from "./domain";
export * from "./xlcfg";
export * from "./xllist";
export * from "./addresses";
export * from "./attributes";
export * from "./devices";
export * from "./device-specs";
export * from "./volumes";
export * from "./files";
export * from "./kernel-image";
export * from "./host-checks";
export { changesLive, rulesFor, type ArchFamily, type ArchRules } from "./arch";
export { checkXlConfig, suggestKey, lookupKey } from "./keys";
export * from "./xlcfg-read";
export * from "./import-config";
