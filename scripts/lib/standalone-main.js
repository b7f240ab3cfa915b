// The entry point of the standalone provider: a Node single-executable application whose
// assets are the bundle (provider.js) and liblzma.wasm. Made by scripts/lib/standalone.mjs,
// which puts the platform the executable is built for and the bundle's hash in place of the
// two quoted placeholders below. Run as a plain script (XEN_STANDALONE_ASSETS=dir) it reads
// the assets from that directory.
//
// Start-up: the engine starts the provider several times per command. The first start on a
// machine keeps V8's code cache of the bundle, taken at the handshake (every function start-up
// ran is compiled in it), in the user's cache directory; later starts compile nothing of it.
// The cache is not inside the executable: V8 shapes it by a hash seed drawn at random per
// process, so a built-in cache would make two builds differ — and fixing the seed with
// --hash-seed costs Node the code cache of its own modules, all that the cache saves.
//   $XDG_CACHE_HOME/terraform-provider-xen/<bundle hash>-<platform>-<node version>.v8cache
//   (~/.cache/... without XDG_CACHE_HOME); CDKTF_XEN_CODE_CACHE=off: neither read nor written.
"use strict";
const TARGET = "__XEN_TARGET__";
const BUNDLE = "__XEN_BUNDLE__";
const ARCH = { x64: "amd64", arm64: "arm64", arm: "arm", ia32: "386", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" };
const here = `${process.platform}_${ARCH[process.arch] || process.arch}`;
if (here !== TARGET) {
  // Node reports the platform it was compiled for, so this holds unless the executable was
  // assembled from another platform's Node. A user's wrong platform the system refuses first
  // ("exec format error"), and the engines ask the registry for their own platform's zip.
  process.stderr.write(`terraform-provider-xen: this executable is the ${TARGET} build, but it runs on ${here}. ` +
    `Install the provider's ${here} package (terraform init and tofu init pick the one for their platform).\n`);
  process.exit(1);
}
const fs = require("fs"), path = require("path"), vm = require("vm");
const sea = require("node:sea");
const inside = sea.isSea();
const assets = process.env.XEN_STANDALONE_ASSETS;
const asset = (name) => (inside ? Buffer.from(sea.getRawAsset(name)) : fs.readFileSync(path.join(assets, name)));
// The bundle's __filename: where liblzma.wasm would be beside it when run as a plain script.
const file = inside ? process.execPath : path.join(assets, "provider.js");

const cacheDir = process.env.CDKTF_XEN_CODE_CACHE === "off" ? undefined
  : process.env.XDG_CACHE_HOME ? path.join(process.env.XDG_CACHE_HOME, "terraform-provider-xen")
  : process.env.HOME ? path.join(process.env.HOME, ".cache", "terraform-provider-xen") : undefined;
const cacheFile = cacheDir && path.join(cacheDir, `${BUNDLE}-${TARGET}-${process.version}.v8cache`);
let cachedData;
try { if (cacheFile) cachedData = fs.readFileSync(cacheFile); } catch { /* none yet */ }
const script = new vm.Script("(function (exports, require, module, __filename, __dirname) {" + asset("provider.js").toString("utf8") + "\n})",
  { filename: "provider.js", cachedData });
if (cacheFile && (!cachedData || script.cachedDataRejected)) {
  // At the handshake line, once it is out: keep what start-up compiled, for the next start.
  // A cache that cannot be written (no home, read-only) only leaves the next start as slow.
  const write = process.stdout.write;
  process.stdout.write = function (chunk, ...rest) {
    const out = write.call(this, chunk, ...rest);
    if (String(chunk).startsWith("1|")) {
      process.stdout.write = write;
      setImmediate(() => {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        try {
          fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
          fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
          fs.renameSync(tmp, cacheFile); // whole, for a provider starting meanwhile
          // The engine's provider log (TF_LOG) shows it.
          process.stderr.write(`terraform-provider-xen: ${cachedData ? "V8 rejected the code cache; made it again" : "made the code cache"} at ${cacheFile}\n`);
        } catch (e) {
          try { fs.unlinkSync(tmp); } catch { /* not made */ }
          process.stderr.write(`terraform-provider-xen: no code cache at ${cacheFile}: ${e.message}\n`);
        }
      });
    }
    return out;
  };
}
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, file, path.dirname(file));
