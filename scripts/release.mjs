#!/usr/bin/env node
// `npm run release`: the provider's release artifacts, as the public registries ingest them
// (the layout goreleaser makes for a Terraform provider), in build/release/<version>/:
//
//   terraform-provider-xen_<version>_<os>_<arch>.zip     one standalone executable each, named
//                                                        terraform-provider-xen_v<version> (no Node needed)
//   terraform-provider-xen_<version>_manifest.json       terraform-registry-manifest.json: protocol 6
//   terraform-provider-xen_<version>_SHA256SUMS          of the zips and the manifest
//   terraform-provider-xen_<version>_SHA256SUMS.sig      its detached GPG signature (binary)
//   signing-key.asc                                      the public key that checks it (not in SHA256SUMS)
//
// Reproducible: the same commit gives the same SHA256SUMS (the executables hold no compiled
// code, the zips carry the commit's time and fixed attributes). The signature differs unless
// the key is the same.
//
// The version is package.json's. From a tree with changes not committed it is
// <version>-dirty.g<commit>.<hash of the changes>: a pre-release, which no version constraint
// but an exact one selects, and which can never pass for the release of that version.
//
// Signing key: CDKTF_XEN_GPG_KEY (a key id or fingerprint in the keyring of GNUPGHOME, or the
// default one; CDKTF_XEN_GPG_PASSPHRASE if it has a passphrase). Without it, a key made for
// this build alone and thrown away: good for testing the artifacts, not for publishing them.
//
//   node scripts/release.mjs [--out DIR] [--platforms linux_amd64,linux_arm64] [--print-version]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundleProvider } from "./lib/bundle.mjs";
import { buildStandalone, PLATFORMS } from "./lib/standalone.mjs";
import { zipOne } from "./lib/zip.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NAME = "terraform-provider-xen";
const log = (s) => process.stderr.write(`[release] ${s}\n`);

const { values: opts } = parseArgs({
  options: {
    out: { type: "string" },
    platforms: { type: "string" },
    "print-version": { type: "boolean" },
  },
});

const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** The release's version and time (the commit's), and whether the tree had changes. */
function identify() {
  const base = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  let commit;
  try {
    commit = git("rev-parse", "HEAD").trim();
  } catch {
    throw new Error(`${root} is not a git checkout: a release is made from a commit`);
  }
  const epoch = Number(git("log", "-1", "--format=%ct", "HEAD").trim());
  const status = git("status", "--porcelain=v1", "-z", "--untracked-files=all");
  if (!status) return { version: base, commit, epoch, dirty: false };
  // What differs from the commit, tracked and untracked, so that two different dirty trees
  // never share a version.
  const h = createHash("sha256").update(git("diff", "HEAD", "--binary"));
  for (const f of git("ls-files", "--others", "--exclude-standard", "-z").split("\0").filter(Boolean).sort()) {
    h.update(`\0${f}\0`);
    try { h.update(readFileSync(join(root, f))); } catch { /* gone meanwhile, or a directory */ }
  }
  return { version: `${base}-dirty.g${commit.slice(0, 12)}.${h.digest("hex").slice(0, 12)}`, commit, epoch, dirty: true };
}

const id = identify();
if (opts["print-version"]) {
  process.stdout.write(`${id.version}\n`);
  process.exit(0);
}
// gpg (scripts/host-packages.txt, group release, which also holds what the release test needs).
execFileSync("bash", [join(root, "scripts", "lib", "packages.sh"), "install", "release"], { stdio: ["ignore", 2, 2] });
if (id.dirty) log(`the tree has changes not committed: version ${id.version}`);

const platforms = opts.platforms ? opts.platforms.split(",").map((p) => p.trim()).filter(Boolean) : PLATFORMS;
for (const p of platforms) if (!PLATFORMS.includes(p)) throw new Error(`unknown platform ${p} (known: ${PLATFORMS.join(", ")})`);
const outRoot = resolve(opts.out ?? join(root, "build", "release"));
const dest = join(outRoot, id.version);
mkdirSync(outRoot, { recursive: true });
const work = mkdtempSync(join(outRoot, ".work-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

const t0 = Date.now();
const staged = join(work, "out");
mkdirSync(staged);
const bundleDir = join(work, "bundle");
mkdirSync(bundleDir);
await bundleProvider(join(bundleDir, "provider.js"));
const files = [];
for (const platform of platforms) {
  const t = Date.now();
  const exe = await buildStandalone({ platform, bundleDir, out: join(work, `${NAME}_${platform}`) });
  const zip = `${NAME}_${id.version}_${platform}.zip`;
  writeFileSync(join(staged, zip), zipOne({ name: `${NAME}_v${id.version}`, data: readFileSync(exe), mode: 0o755, epochSeconds: id.epoch }));
  files.push(zip);
  log(`${zip}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
const manifest = `${NAME}_${id.version}_manifest.json`;
writeFileSync(join(staged, manifest), readFileSync(join(root, "terraform-registry-manifest.json")));
files.push(manifest);

const sums = `${NAME}_${id.version}_SHA256SUMS`;
writeFileSync(join(staged, sums), files.sort().map((f) => `${createHash("sha256").update(readFileSync(join(staged, f))).digest("hex")}  ${f}\n`).join(""));
const key = sign(join(staged, sums));
writeFileSync(join(staged, "signing-key.asc"), key.armor);

// Into place as a whole: a directory of this version holds one complete release.
rmSync(dest, { recursive: true, force: true });
renameSync(staged, dest);
log(`${dest}: ${readdirSync(dest).length} files, signed by ${key.id}${key.ephemeral ? " (a key made for this build and thrown away)" : ""}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.stdout.write(`${dest}\n`);

/** Signs `file` (detached, binary, `file`.sig); returns the public key. */
function sign(file) {
  const given = process.env.CDKTF_XEN_GPG_KEY;
  const home = given ? process.env.GNUPGHOME : mkdtempSync(join(tmpdir(), "xen-gpg-")); // short: gpg-agent's socket lives there
  const env = { ...process.env, ...(home ? { GNUPGHOME: home } : {}) };
  const gpg = (args, input) => execFileSync("gpg", ["--batch", "--no-tty", ...args], { env, input, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
  try {
    let keyId = given;
    if (!given) {
      // RSA: the key type the public registries take.
      gpg(["--passphrase", "", "--quick-gen-key", "cdktf-xen release signing (ephemeral, local build) <release@cdktf-xen.invalid>", "rsa4096", "sign", "1d"]);
      keyId = gpg(["--list-keys", "--with-colons"]).toString().split("\n").find((l) => l.startsWith("fpr:")).split(":")[9];
    }
    const pass = process.env.CDKTF_XEN_GPG_PASSPHRASE;
    gpg([...(pass !== undefined ? ["--pinentry-mode", "loopback", "--passphrase-fd", "0"] : []), "--local-user", keyId, "--detach-sign", "--output", `${file}.sig`, file], pass);
    const armor = gpg(["--armor", "--export", keyId]).toString();
    if (!armor.includes("BEGIN PGP PUBLIC KEY BLOCK")) throw new Error(`gpg exported no public key for ${keyId}`);
    const longId = gpg(["--list-keys", "--with-colons", keyId]).toString().split("\n").find((l) => l.startsWith("pub:")).split(":")[4];
    return { id: longId, armor, ephemeral: !given };
  } finally {
    if (!given) {
      try { execFileSync("gpgconf", ["--kill", "gpg-agent"], { env, stdio: "ignore" }); } catch { /* no agent started */ }
      rmSync(home, { recursive: true, force: true });
    }
  }
}
