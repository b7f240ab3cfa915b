// Entry of bin/cdktf-xen (bundled by scripts/build.mjs).
import { main } from "./main";

process.exitCode = main(process.argv.slice(2));
