// cdktf-xen constructs: the L1 bindings generated from the provider's own schema
// (namespaces provider, domain, dataXenHost, dataXenDomains) and hand-written
// higher-level constructs that check guests at synth with the toolstack model.
export * from "./xen";
export * from "./host";
export * from "./guest-props";
export * from "./fleet";
export * from "./annotations";
