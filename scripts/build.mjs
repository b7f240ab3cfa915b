// Bundle the provider into one file and start it through a V8 code cache.
// Start-up is paid several times per engine command, so: one file (no module
// resolution), and compiled code cached at build time (no parse at start).
//   bin/terraform-provider-xen   the executable an engine starts (a small loader)
//   bin/provider.js              the bundle
//   bin/provider.cache           V8's code cache of the bundle, for this Node version
//   bin/cdktf-xen                the command-line reports (drift, audit, upgrade): a plain bundle
// Everything is built in a directory of its own beside them and then renamed into bin/ one
// file at a time, so a provider an engine starts meanwhile reads whole files (a new bundle
// with the old code cache is only compiled as usual: V8 rejects a cache of other source).
import { build } from "esbuild";
import { bundleProvider } from "./lib/bundle.mjs";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const final = join(root, "bin");
mkdirSync(final, { recursive: true });
const bin = mkdtempSync(join(final, ".build-"));
process.on("exit", () => rmSync(bin, { recursive: true, force: true })); // also when the build fails
const bundle = join(bin, "provider.js");
await bundleProvider(bundle);

const loader = join(bin, "terraform-provider-xen");
writeFileSync(loader, `#!/usr/bin/env node
// Loads provider.js through the V8 code cache made at build time (when it still
// matches this Node), else compiles it as usual. Built by scripts/build.mjs.
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");
const dir = fs.realpathSync(__dirname);
const file = path.join(dir, "provider.js");
const source = fs.readFileSync(file, "utf8");
let cachedData;
try { cachedData = fs.readFileSync(path.join(dir, "provider.cache")); } catch {}
const makeCache = process.env.XEN_PROVIDER_MAKE_CACHE === "1";
const script = new vm.Script("(function (exports, require, module, __filename, __dirname) {" + source + "\\n})",
  { filename: file, cachedData: makeCache ? undefined : cachedData });
if (makeCache) {
  // Run up to the handshake, so the cache holds what start-up compiles, then keep it.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    if (String(chunk).startsWith("1|6|")) {
      fs.writeFileSync(path.join(dir, "provider.cache"), script.createCachedData());
      process.exit(0);
    }
    return write(chunk, ...rest);
  };
}
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, file, dir);
`);
chmodSync(loader, 0o755);
// Compile once now and keep V8's code cache beside the bundle.
execFileSync(process.execPath, [loader], {
  env: {
    ...process.env,
    XEN_PROVIDER_MAKE_CACHE: "1",
    TF_PLUGIN_MAGIC_COOKIE: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
    PLUGIN_PROTOCOL_VERSIONS: "6",
    PLUGIN_CLIENT_CERT: "",
  },
  stdio: ["ignore", "inherit", "ignore"],
});
const cacheBytes = readFileSync(join(bin, "provider.cache")).length;

// The command-line reports: one plain bundle, no code cache (it starts once per pipeline step).
const cli = join(bin, "cdktf-xen");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
await build({
  entryPoints: [join(root, "src", "cli", "bin.ts")],
  outfile: cli,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minifySyntax: true,
  banner: { js: "#!/usr/bin/env node" },
  define: { CDKTF_XEN_VERSION: JSON.stringify(pkg.version) },
  logLevel: "warning",
  legalComments: "none",
});
chmodSync(cli, 0o755);

// Into place: the bundle before its cache and the loader last.
for (const f of ["provider.js", "provider.cache", "liblzma.wasm", "cdktf-xen", "terraform-provider-xen"]) renameSync(join(bin, f), join(final, f));
const left = readdirSync(bin);
if (left.length) throw new Error(`build.mjs made files it does not install: ${left.join(", ")}`);
console.log(`built ${join(final, "terraform-provider-xen")} (+ provider.js, provider.cache: ${cacheBytes} bytes)`);
console.log(`built ${join(final, "cdktf-xen")}`);
