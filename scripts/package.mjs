#!/usr/bin/env node
// Makes the root directory the package `cdktf-xen` as published: run by `npm pack`
// and `npm publish` (the `prepack` script), so a tarball can never miss a part or
// carry a stale one. `npm run package` packs it into build/cdktf-xen-<version>.tgz.
//
//   bin/      the provider (loader, bundle, code cache) and the cdktf-xen CLI: scripts/build.mjs
//   lib/      the constructs and the model they use, compiled by jsii (scripts/build-constructs.mjs
//   .jsii       jsii, in build/cdktf-xen), copied here: `main`/`types` point at lib/constructs
//
// Then checks what a user installs: every part is there, and nothing in it loads a
// package other than Node's own and the peers (cdktf, constructs) — the provider's
// own dependencies (grpc-js, msgpack, protobufjs, ssh2) are inside the bundle, so
// the package has no `dependencies` at all. Everything goes to stderr: `npm pack`
// prints the tarball's name on stdout.
import { execFileSync } from "node:child_process";
import { builtinModules, isBuiltin } from "node:module";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const log = (s) => process.stderr.write(`[package] ${s}\n`);

function step(name, args) {
  const t = Date.now();
  execFileSync(process.execPath, args, { cwd: root, stdio: ["ignore", 2, 2] });
  log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

step("provider + CLI (scripts/build.mjs)", [join(root, "scripts/build.mjs")]);
step("constructs (jsii)", [join(root, "scripts/build-constructs.mjs"), "jsii"]);

const jsiiDir = join(root, "build", "cdktf-xen");
for (const sub of ["constructs", "xen"]) {
  rmSync(join(root, "lib", sub), { recursive: true, force: true });
  cpSync(join(jsiiDir, "lib", sub), join(root, "lib", sub), { recursive: true });
}
cpSync(join(jsiiDir, ".jsii"), join(root, ".jsii"));

// --- what the tarball will hold, checked
const problems = [];
for (const f of [pkg.main, pkg.types, ".jsii", ...Object.values(pkg.bin)]) {
  if (!existsSync(join(root, f))) problems.push(`missing ${f}`);
}
for (const f of pkg.files.filter((f) => !f.includes("*") && !f.endsWith("/"))) {
  if (!existsSync(join(root, f))) problems.push(`missing ${f} (in "files")`);
}
const asm = JSON.parse(readFileSync(join(root, ".jsii"), "utf8"));
if (asm.name !== pkg.name || asm.version !== pkg.version) problems.push(`.jsii is ${asm.name}@${asm.version}, the package ${pkg.name}@${pkg.version}`);
if (pkg.dependencies && Object.keys(pkg.dependencies).length) problems.push(`the package has dependencies: ${Object.keys(pkg.dependencies)}`);

const builtin = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const allowed = new Set([
  ...Object.keys(pkg.peerDependencies ?? {}),
  "cpu-features", // ssh2's optional native speed-up, loaded in a try (scripts/build.mjs keeps it external)
]);
// ssh2's native crypto, loaded in ssh2's own try by its package path (scripts/lib/bundle.mjs):
// found where ssh2 was installed with its addon built, else ssh2's JavaScript does the work.
const optional = new Set(["ssh2/lib/protocol/crypto/build/Release/sshcrypto.node"]);
function checkRequires(file) {
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
    // isBuiltin: also the node:-only ones (node:sea, which the provider asks whether it runs as a standalone executable)
    if (spec.startsWith(".") || builtin.has(spec) || isBuiltin(spec) || optional.has(spec)) continue;
    const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
    if (!allowed.has(name)) problems.push(`${file.slice(root.length + 1)} loads ${spec}, which a user does not install`);
  }
}
for (const f of Object.values(pkg.bin)) checkRequires(join(root, f));
checkRequires(join(root, "bin", "provider.js"));
for (const sub of ["constructs", "xen"]) {
  for (const f of readdirSync(join(root, "lib", sub), { recursive: true })) {
    const p = join(root, "lib", sub, String(f));
    if (p.endsWith(".js") && statSync(p).isFile()) checkRequires(p);
  }
}
if (problems.length) {
  for (const p of problems) log(`error: ${p}`);
  process.exit(1);
}
log(`${pkg.name}@${pkg.version}: bin/, lib/constructs, lib/xen, .jsii ready`);
