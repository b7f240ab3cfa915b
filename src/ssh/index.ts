export * from "./connection";
export { parseKeyLine, keyTypeLabel, type PublicKey } from "./keys";
export { readKnownHosts, hostPatternMatches, type KnownHosts } from "./known-hosts";
export { parseCertificate, checkHostCertificate, type Certificate, type CertificateVerdict } from "./certificate";
