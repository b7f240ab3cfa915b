// The entry point of the standalone provider: a Node single-executable application whose
// assets are the bundle (provider.js), V8's code cache of it made by this very Node on this
// platform (provider.cache) and liblzma.wasm. Made by scripts/lib/standalone.mjs, which puts
// the platform the executable is built for in place of __XEN_TARGET__.
// Run as a plain script (by the target Node, XEN_STANDALONE_ASSETS=dir) it makes the code
// cache: the same source, compiled the same way, run up to the handshake.
"use strict";
const TARGET = "__XEN_TARGET__";
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
const assets = process.env.XEN_STANDALONE_ASSETS;
const inside = sea.isSea();
const asset = (name) => (inside ? Buffer.from(sea.getRawAsset(name)) : fs.readFileSync(path.join(assets, name)));
// The bundle's __filename: where liblzma.wasm would be beside it when run as a plain script.
const file = inside ? process.execPath : path.join(assets, "provider.js");
const makeCache = !inside && process.env.XEN_PROVIDER_MAKE_CACHE === "1";
const script = new vm.Script("(function (exports, require, module, __filename, __dirname) {" + asset("provider.js").toString("utf8") + "\n})",
  { filename: "provider.js", cachedData: makeCache ? undefined : asset("provider.cache") });
if (makeCache) {
  // Run up to the handshake, so the cache holds what start-up compiles, then keep it.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    if (String(chunk).startsWith("1|6|")) {
      fs.writeFileSync(path.join(assets, "provider.cache"), script.createCachedData());
      process.exit(0);
    }
    return write(chunk, ...rest);
  };
}
// Seen in the engine's provider log (TF_LOG): start-up then compiles as usual, only slower.
if (!makeCache && script.cachedDataRejected) process.stderr.write("terraform-provider-xen: V8 rejected the code cache built in; compiling\n");
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, file, path.dirname(file));
