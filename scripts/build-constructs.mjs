#!/usr/bin/env node
// Builds the construct library on its own, from src/constructs and the src/xen
// model it imports — never the provider (src/provider, src/resources, src/ssh).
//
//   node scripts/build-constructs.mjs jsii  [--pacmak python,...]  cdktf build: jsii assembly (+ jsii-pacmak)
//   node scripts/build-constructs.mjs cdktn [--pacmak python,...]  CDK Terrain build: same sources, `cdktf` → `cdktn`,
//                                                                  jsii assembly (+ jsii-pacmak)
//
// Each build stages its sources in its own package directory under build/ (so the
// tsconfig.json jsii writes and the output never touch the repository's own), then
// compiles there:
//   build/cdktf-xen/   the constructs of package `cdktf-xen`, whose manifest (name, version,
//                      main, types, peers, jsii targets) is the root package.json's: jsii → lib/
//                      and .jsii, jsii-pacmak → dist/ (dist/python/*.whl, dist/js/*.tgz).
//                      scripts/package.mjs copies lib/ and .jsii into the root package, which
//                      adds the provider (bin/) and is the one package published to npm.
//   build/cdktn-xen/   package `cdktn-xen`  (peers cdktn ^0.24, constructs >=10.6 <10.8), jsii → lib/
//                      and .jsii, compiled against cdktn's own assembly (node_modules/cdktn/.jsii);
//                      jsii-pacmak → dist/python: Python `cdktn-xen`, module `cdktn_xen`, which
//                      requires cdktn from PyPI. Not part of the npm package `cdktf-xen`.
// Both sit inside the repository, so they resolve cdktf, cdktn and constructs from
// its node_modules.
import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const bin = (name) => join(root, "node_modules", ".bin", name);
const env = { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: "20", CHECKPOINT_DISABLE: "1" };
const [what, ...rest] = process.argv.slice(2);
const opt = (name) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};

/** Copy the library's sources (constructs + the model) into <dir>/src. */
/**
 * The model's files that load a package a user of the constructs does not install (`yaml`, for
 * the cloud-init seed's checks, which only the provider runs), and those that import them: left
 * out of the constructs' build. The provider bundles them itself.
 */
function providerOnlyModelFiles() {
  const dir = join(root, "src/xen");
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"));
  const text = new Map(files.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
  const imports = (f) => [...text.get(f).matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
  const out = new Set(files.filter((f) => imports(f).some((m) => !m.startsWith(".") && !m.startsWith("node:") && !["cdktf", "cdktn", "constructs"].includes(m))));
  for (let grew = true; grew;) {
    grew = false;
    for (const f of files) {
      if (out.has(f)) continue;
      if (imports(f).some((m) => m.startsWith(".") && out.has(join(dirname(f), m).replace(/^\.\//, "") + ".ts"))) { out.add(f); grew = true; }
    }
  }
  return new Set([...out].map((f) => join(dir, f)));
}

function stage(dir, rewrite) {
  rmSync(dir, { recursive: true, force: true });
  const left = providerOnlyModelFiles();
  for (const sub of ["constructs", "xen"]) {
    const from = join(root, "src", sub);
    const to = join(dir, "src", sub);
    cpSync(from, to, { recursive: true, filter: (p) => !p.endsWith("schema.json") && !left.has(p) });
    if (rewrite) {
      for (const f of readdirSync(to, { recursive: true })) {
        const p = join(to, String(f));
        if (p.endsWith(".ts") && statSync(p).isFile()) writeFileSync(p, rewrite(readFileSync(p, "utf8")));
      }
    }
  }
}

const common = {
  version: rootPkg.version,
  license: rootPkg.license,
  author: rootPkg.author,
  repository: rootPkg.repository,
  main: "lib/constructs/index.js",
  types: "lib/constructs/index.d.ts",
  files: ["lib/**/*.js", "lib/**/*.d.ts", ".jsii", "README.md"],
};

function readme(framework) {
  return `# ${framework}-xen

Constructs for Xen guests, for ${framework === "cdktf" ? "CDK for Terraform 0.21" : "CDK Terrain (cdktn) 0.24"}:
the \`xen\` provider's bindings (\`provider.XenProvider\`, \`domain.Domain\`, \`dataXenHost.DataXenHost\`,
\`dataXenDomains.DataXenDomains\`) and \`XenHost\` / \`ArmGuestFleet\`, which check guests at synth with the
same toolstack model the provider's plan uses. The provider itself is \`registry.terraform.io/xen-cdk/xen\`.
`;
}

function run(cmd, args, cwd) {
  const t = Date.now();
  execFileSync(cmd, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
  console.error(`[build-constructs] ${[cmd.split("/").pop(), ...args].join(" ")}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/**
 * jsii in the staged package directory (→ lib/, .jsii), then `check` of its output, then
 * jsii-pacmak if --pacmak names targets (→ dist/).
 */
function compile(dir, check = () => {}) {
  run(bin("jsii"), ["--silence-warnings=reserved-word", "--silence-warnings=metadata/missing-dev-dependency"], dir);
  check();
  const targets = opt("--pacmak");
  if (targets) {
    run(bin("jsii-pacmak"), ["--targets", ...targets.split(","), "--outdir", "dist"], dir);
  }
}

if (what === "jsii") {
  const dir = join(root, "build", "cdktf-xen");
  stage(dir);
  writeFileSync(join(dir, "README.md"), readme("cdktf"));
  // The root package's own manifest, less what is not the constructs': no `bin` (the
  // assembly would record it, and pacmak would give the Python package scripts for
  // files it does not contain), no scripts (pacmak runs `npm pack` here).
  writeFileSync(join(dir, "package.json"), JSON.stringify({
    name: rootPkg.name,
    // The assembly (and the Python package) holds the constructs only.
    description: "CDK for Terraform constructs for Xen guests (Arm fleets), checked at synth with the xen provider's toolstack model",
    keywords: rootPkg.keywords,
    ...common,
    peerDependencies: rootPkg.peerDependencies,
    // Built against the versions installed at the repository root (constructs 10.6 also satisfies cdktn).
    devDependencies: { cdktf: rootPkg.devDependencies.cdktf, constructs: rootPkg.devDependencies.constructs },
    jsii: rootPkg.jsii,
  }, null, 2) + "\n");
  compile(dir);
} else if (what === "cdktn") {
  const dir = join(root, "build", "cdktn-xen");
  // The only difference between the builds: the framework package the code imports.
  stage(dir, (text) => text.replace(/(from\s+)(['"])cdktf\2/g, "$1$2cdktn$2"));
  writeFileSync(join(dir, "README.md"), readme("cdktn"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({
    name: "cdktn-xen",
    description: "CDK Terrain constructs for Xen guests (Arm fleets), checked at synth with the xen provider's toolstack model",
    keywords: rootPkg.keywords.map((k) => (k === "cdktf" ? "cdktn" : k)),
    ...common,
    peerDependencies: { cdktn: "^0.24.0", constructs: ">=10.6.0 <10.8.0" },
    // jsii compiles against the repository's node_modules: cdktn 0.24 ships its own .jsii;
    // constructs 10.6 is inside cdktn's peer range.
    devDependencies: { cdktn: rootPkg.devDependencies.cdktn, constructs: rootPkg.devDependencies.constructs },
    jsii: { ...rootPkg.jsii, targets: { python: { distName: "cdktn-xen", module: "cdktn_xen" } } },
  }, null, 2) + "\n");
  // Nothing may still load cdktf: mixing the frameworks fails at synth. Checked before
  // pacmak, which would otherwise package the mistake.
  compile(dir, () => {
    for (const f of readdirSync(join(dir, "lib"), { recursive: true })) {
      const p = join(dir, "lib", String(f));
      if (p.endsWith(".js") && /require\("cdktf"\)/.test(readFileSync(p, "utf8"))) {
        throw new Error(`${p} still requires cdktf`);
      }
    }
    const asm = JSON.parse(readFileSync(join(dir, ".jsii"), "utf8"));
    const deps = Object.keys({ ...asm.dependencies, ...asm.dependencyClosure });
    if (deps.includes("cdktf")) throw new Error(`${join(dir, ".jsii")} depends on cdktf (${deps.join(", ")})`);
  });
} else {
  console.error("usage: build-constructs.mjs jsii|cdktn [--pacmak python[,js,...]]");
  process.exit(2);
}
