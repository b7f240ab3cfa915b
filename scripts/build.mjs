// Bundle the provider into one executable file: bin/terraform-provider-xen.
// One file loads faster than node_modules (start-up is paid several times per
// engine command) and works from any directory, as dev_overrides expects.
import { build } from "esbuild";
import { chmodSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "bin", "terraform-provider-xen");
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, "src", "main.ts")],
  outfile: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: "#!/usr/bin/env node" },
  // ssh2's optional native speed-ups; it falls back to pure JS without them.
  external: ["cpu-features", "./crypto/build/Release/sshcrypto.node"],
  logLevel: "warning",
  legalComments: "none",
});
chmodSync(out, 0o755);
console.log(`built ${out}`);
