// Moved by job: the host registry is hosts.ts, commands on the hosts remote.ts, what
// they report host-reads.ts, and the listing's parser sits beside parseXlListLong in
// src/xen/xllist.ts. This path still exports the parser for the tests that import it here.
export { parseListing } from "../xen";
