// RELEASE TESTS: the artifacts of `npm run release` (scripts/release.mjs), installed as a user
// gets them. A provider registry on loopback — service discovery, versions, download with
// shasums_url, shasums_signature_url and the signing key — over HTTPS with a test CA (Go reads
// SSL_CERT_FILE), and real terraform and tofu running `init` with NO node on PATH (an empty
// directory is their PATH): they check the signature and the checksums, write
// .terraform.lock.hcl, then plan and apply a guest on the stand-in host (a real OpenSSH
// server whose `xl` is test/harness/fake-xen, as in test/engine). The same artifacts through a
// network mirror made by the engine's own `providers mirror`. A corrupted zip, a zip with
// checksums forged to match, and a signature by another key make init fail. The executables keep
// their code cache in the user's cache directory and take no NODE_OPTIONS; the linux_arm64 one
// runs under qemu-user: handshake and schema. Nothing leaves loopback.
// Not shown here: darwin executables (none are built), a real public registry.
import { execFile, execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { engines, ROOT, type Engine } from "../engine/engine";

const grpc = require("@grpc/grpc-js");
const { tfplugin6 } = require("../../src/provider/proto/tfplugin.js");

const ARM = { machine: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap vpmu gnttab-v1" } as const;
const COOKIE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
const NAME = "terraform-provider-xen";
const work = mkdtempSync(join(tmpdir(), "xen-release-"));
const sh = (cmd: string, args: string[], opts: object = {}) => execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...opts });

/** `npm run release` into `out`: the directory of the version it made. */
function release(out: string): string {
  const t = Date.now();
  const dir = sh(process.execPath, [join(ROOT, "scripts", "release.mjs"), "--out", out], { maxBuffer: 1 << 20 }).trim();
  console.log(`release built in ${((Date.now() - t) / 1000).toFixed(1)} s: ${dir}`);
  return dir;
}

/** A CA and a certificate for localhost and 127.0.0.1 signed by it (openssl). */
function testCa(dir: string) {
  mkdirSync(dir, { recursive: true });
  const f = (n: string) => join(dir, n);
  sh("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2", "-subj", "/CN=cdktf-xen test CA",
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign", "-keyout", f("ca.key"), "-out", f("ca.pem")]);
  sh("openssl", ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=localhost", "-keyout", f("server.key"), "-out", f("server.csr")]);
  writeFileSync(f("ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n");
  sh("openssl", ["x509", "-req", "-in", f("server.csr"), "-CA", f("ca.pem"), "-CAkey", f("ca.key"), "-CAcreateserial", "-days", "2", "-extfile", f("ext"), "-out", f("server.pem")]);
  return { ca: f("ca.pem"), key: readFileSync(f("server.key")), cert: readFileSync(f("server.pem")) };
}

interface Release {
  dir: string;
  version: string;
  platforms: { os: string; arch: string }[];
  sums: string;
  keyArmor: string;
  keyId: string;
}

function readRelease(dir: string): Release {
  const version = dir.split("/").pop()!;
  const files = readdirSync(dir);
  const platforms = files.flatMap((f) => {
    const m = f.match(new RegExp(`^${NAME}_${version.replace(/[.+]/g, "\\$&")}_([a-z0-9]+)_([a-z0-9]+)\\.zip$`));
    return m ? [{ os: m[1], arch: m[2] }] : [];
  });
  const keyArmor = readFileSync(join(dir, "signing-key.asc"), "utf8");
  const keyId = sh("gpg", ["--batch", "--with-colons", "--show-keys"], { input: keyArmor, stdio: ["pipe", "pipe", "pipe"] })
    .split("\n").find((l) => l.startsWith("pub:"))!.split(":")[4];
  return { dir, version, platforms, sums: readFileSync(join(dir, `${NAME}_${version}_SHA256SUMS`), "utf8"), keyArmor, keyId };
}

/** What the registry serves instead of the release's own file of that name (a fault). */
type Overrides = Map<string, Buffer>;

/**
 * The provider registry protocol (and a network mirror under /mirror/) over HTTPS on loopback.
 * Every request is logged.
 */
async function startRegistry(rel: Release, tls: { key: Buffer; cert: Buffer }, mirrorDir: string) {
  const overrides: Overrides = new Map();
  const requests: string[] = [];
  let base = "";
  const json = (res: any, code: number, body: unknown) => { res.writeHead(code, { "content-type": "application/json" }); res.end(JSON.stringify(body)); };
  const server: Server = createServer(tls, (req, res) => {
    const url = new URL(req.url!, base);
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    if (path === "/.well-known/terraform.json") return json(res, 200, { "providers.v1": "/v1/providers/" });
    if (path === "/v1/providers/xen-cdk/xen/versions") {
      return json(res, 200, { versions: [{ version: rel.version, protocols: ["6.0"], platforms: rel.platforms }] });
    }
    let m = path.match(/^\/v1\/providers\/xen-cdk\/xen\/([^/]+)\/download\/([^/]+)\/([^/]+)$/);
    if (m) {
      const [, version, os, arch] = m;
      if (version !== rel.version || !rel.platforms.some((p) => p.os === os && p.arch === arch)) return json(res, 404, { errors: ["Not Found"] });
      const filename = `${NAME}_${version}_${os}_${arch}.zip`;
      // The checksum as the (possibly forged) SHA256SUMS says: whoever forges the files forges this too.
      const sums = overrides.get(`${NAME}_${version}_SHA256SUMS`)?.toString() ?? rel.sums;
      const shasum = sums.split("\n").find((l) => l.endsWith(`  ${filename}`))!.split(" ")[0];
      return json(res, 200, {
        protocols: ["6.0"], os, arch, filename, shasum,
        download_url: `${base}/files/${filename}`,
        shasums_url: `${base}/files/${NAME}_${version}_SHA256SUMS`,
        shasums_signature_url: `${base}/files/${NAME}_${version}_SHA256SUMS.sig`,
        signing_keys: { gpg_public_keys: [{ key_id: rel.keyId, ascii_armor: rel.keyArmor, trust_signature: "", source: "cdktf-xen", source_url: null }] },
      });
    }
    m = path.match(/^\/files\/([^/]+)$/);
    if (m && (overrides.has(m[1]) || existsSync(join(rel.dir, m[1])))) {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      return res.end(overrides.get(m[1]) ?? readFileSync(join(rel.dir, m[1])));
    }
    m = path.match(/^\/mirror\/(.+)$/);
    if (m && !m[1].split("/").includes("..") && existsSync(join(mirrorDir, m[1])) && statSync(join(mirrorDir, m[1])).isFile()) {
      res.writeHead(200, { "content-type": m[1].endsWith(".json") ? "application/json" : "application/octet-stream" });
      return res.end(readFileSync(join(mirrorDir, m[1])));
    }
    json(res, 404, { errors: ["Not Found"] });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as any).port as number;
  base = `https://localhost:${port}`;
  return { port, base, host: `localhost:${port}`, overrides, requests, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

interface Run { code: number; out: string }

/** The engine with nothing but itself: an empty PATH (no node, no shell tools), its own HOME and CLI config. */
function engineRun(engine: Engine, dir: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(engine.path, args, {
      cwd: dir,
      env: { PATH: emptyPath, HOME: join(dir, ".home"), TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1", NO_COLOR: "1", ...env },
      maxBuffer: 64 << 20,
    }, (err, stdout, stderr) => resolve({
      code: err ? (typeof (err as any).code === "number" ? (err as any).code : 1) : 0,
      out: (stdout + stderr).replace(/\x1b\[[0-9;]*m/g, ""), // terraform colours without -no-color, whatever NO_COLOR says
    }));
  });
}

const emptyPath = join(work, "empty-path");
mkdirSync(emptyPath);

const guest = (source: string, version: string, host: SshHost, name: string) => `terraform {
  required_providers {
    xen = {
      source  = "${source}"
      version = "${version}"
    }
  }
}

provider "xen" {
  host {
    name        = "h1"
    address     = "127.0.0.1"
    port        = ${host.port}
    user        = "root"
    private_key = file("${host.privateKeyFile}")
    host_key    = "${host.hostKey}"
  }
}

resource "xen_domain" "g" {
  host             = "h1"
  name             = "${name}"
  type             = "pv"
  memory           = 128
  kernel           = "/var/lib/xen-guests/vmlinuz"
  shutdown_timeout = 2
}
`;

const zh = (rel: Release, what = /\.zip$/) => rel.sums.trim().split("\n").filter((l) => what.test(l)).map((l) => `zh:${l.split(" ")[0]}`).sort();
const lockHashes = (lock: string) => [...lock.matchAll(/"(zh:[0-9a-f]{64})"/g)].map((m) => m[1]).sort();

let rel: Release;
let tls: ReturnType<typeof testCa>;
let registry: Awaited<ReturnType<typeof startRegistry>>;
let host: SshHost;
const mirrorRoot = join(work, "mirror");

beforeAll(async () => {
  host = await startSshHost({ facts: ARM });
  tls = testCa(join(work, "tls"));
  // CDKTF_XEN_RELEASE_DIR: a release made before (build/release/<version>), to work on this file.
  rel = readRelease(process.env.CDKTF_XEN_RELEASE_DIR ?? release(join(work, "release-1")));
  mkdirSync(mirrorRoot);
  registry = await startRegistry(rel, tls, mirrorRoot);
}, 600_000);

afterAll(async () => {
  await registry?.stop();
  await host?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("the release artifacts", () => {
  it("are the registry layout: a zip per platform holding terraform-provider-xen_v<version>, the manifest, SHA256SUMS and its signature", () => {
    const files = readdirSync(rel.dir).sort();
    expect(files).toEqual([
      "signing-key.asc",
      `${NAME}_${rel.version}_SHA256SUMS`,
      `${NAME}_${rel.version}_SHA256SUMS.sig`,
      `${NAME}_${rel.version}_linux_amd64.zip`,
      `${NAME}_${rel.version}_linux_arm64.zip`,
      `${NAME}_${rel.version}_manifest.json`,
    ]);
    expect(JSON.parse(readFileSync(join(rel.dir, `${NAME}_${rel.version}_manifest.json`), "utf8"))).toEqual({ version: 1, metadata: { protocol_versions: ["6.0"] } });
    // every line of SHA256SUMS is the file's hash
    for (const line of rel.sums.trim().split("\n")) {
      const [hash, file] = line.split("  ");
      expect(createHash("sha256").update(readFileSync(join(rel.dir, file))).digest("hex"), file).toBe(hash);
    }
    expect(rel.sums.trim().split("\n").map((l) => l.split("  ")[1])).toEqual(files.filter((f) => f.endsWith(".zip") || f.endsWith("manifest.json")));
    for (const p of rel.platforms) {
      const listing = sh("unzip", ["-Z", join(rel.dir, `${NAME}_${rel.version}_${p.os}_${p.arch}.zip`)]);
      expect(listing).toMatch(new RegExp(`^-rwxr-xr-x .* ${NAME}_v${rel.version.replace(/[.+]/g, "\\$&")}$`, "m"));
      expect(listing).toMatch(/number of entries: 1\b/);
    }
    // gpg itself accepts the signature with the published key
    const home = mkdtempSync(join(tmpdir(), "xen-gpg-"));
    try {
      sh("gpg", ["--batch", "--import"], { input: rel.keyArmor, env: { ...process.env, GNUPGHOME: home }, stdio: ["pipe", "pipe", "pipe"] });
      const v = spawnSync("gpg", ["--batch", "--status-fd", "1", "--verify", join(rel.dir, `${NAME}_${rel.version}_SHA256SUMS.sig`), join(rel.dir, `${NAME}_${rel.version}_SHA256SUMS`)],
        { encoding: "utf8", env: { ...process.env, GNUPGHOME: home } });
      expect(v.stdout).toMatch(/\[GNUPG:\] GOODSIG/);
    } finally {
      spawnSync("gpgconf", ["--kill", "gpg-agent"], { env: { ...process.env, GNUPGHOME: home } });
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("are reproducible: a second release of the same tree gives the same SHA256SUMS", () => {
    const again = readRelease(release(join(work, "release-2")));
    expect(again.version).toBe(rel.version);
    expect(again.sums).toBe(rel.sums);
    rmSync(join(work, "release-2"), { recursive: true, force: true });
  }, 600_000);
});

describe("the linux_amd64 executable", () => {
  const exe = join(work, "amd64", `${NAME}_v_amd64`);
  const home = join(work, "amd64", "home");
  const start = (env: Record<string, string> = {}) => new Promise<{ line: string; stderr: string }>((resolve, reject) => {
    const child = spawn(exe, [], { env: { PATH: emptyPath, HOME: home, TF_PLUGIN_MAGIC_COOKIE: COOKIE, PLUGIN_PROTOCOL_VERSIONS: "6", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "", stderr = "", line = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (d) => {
      out += d;
      if (!line && out.includes("\n")) {
        line = out.slice(0, out.indexOf("\n"));
        setTimeout(() => child.kill("SIGTERM"), 500); // time for what follows the handshake
      }
    });
    child.on("exit", () => (line ? resolve({ line, stderr }) : reject(new Error(`no handshake: ${stderr}`))));
  });
  beforeAll(() => {
    mkdirSync(home, { recursive: true });
    writeFileSync(exe, execFileSync("unzip", ["-p", join(rel.dir, `${NAME}_${rel.version}_linux_amd64.zip`)], { maxBuffer: 512 << 20 }), { mode: 0o755 });
  });

  it("keeps V8's code cache in the user's cache directory at its first start, and starts from it after", async () => {
    const dir = join(home, ".cache", "terraform-provider-xen");
    const first = await start();
    expect(first.line).toMatch(/^1\|6\|unix\|/);
    const [cache] = readdirSync(dir);
    expect(cache).toMatch(/^[0-9a-f]{16}-linux_amd64-v\d+\.\d+\.\d+\.v8cache$/);
    expect(first.stderr).toContain(`made the code cache at ${join(dir, cache)}`);
    expect(statSync(join(dir, cache)).mode & 0o777).toBe(0o600);
    const made = statSync(join(dir, cache)).mtimeMs;
    const second = await start();
    expect(second.stderr).toBe(""); // accepted: nothing made, nothing rejected
    expect(statSync(join(dir, cache)).mtimeMs).toBe(made);
    // Off: neither read nor written; and a cache V8 rejects is made again.
    rmSync(dir, { recursive: true });
    expect((await start({ CDKTF_XEN_CODE_CACHE: "off" })).stderr).toBe("");
    expect(existsSync(dir)).toBe(false);
    await start();
    writeFileSync(join(dir, cache), "not a code cache");
    expect((await start()).stderr).toMatch(/V8 rejected the code cache; made it again/);
    expect(statSync(join(dir, cache)).size).toBeGreaterThan(100_000);
  });

  it("takes no NODE_OPTIONS (meant for the user's own Node programs)", async () => {
    const r = await start({ NODE_OPTIONS: "--require /nonexistent/hook.js" });
    expect(r.line).toMatch(/^1\|6\|unix\|/);
  });
});

describe("the version of a release", () => {
  // A clone of the commit, beside a node_modules (Node finds it in the parent): clean, then changed.
  const parent = join(work, "clone-parent");
  const clone = join(parent, "repo");
  const version = () => sh(process.execPath, [join(clone, "scripts", "release.mjs"), "--print-version"]).trim();
  beforeAll(() => {
    mkdirSync(parent);
    symlinkSync(join(ROOT, "node_modules"), join(parent, "node_modules"));
    sh("git", ["clone", "--quiet", "--shared", ROOT, clone]);
  });

  it("is package.json's from a clean tree, and says 'dirty' with the commit and a hash of the changes otherwise", () => {
    const pkg = JSON.parse(readFileSync(join(clone, "package.json"), "utf8")).version;
    const commit = sh("git", ["-C", clone, "rev-parse", "HEAD"]).trim();
    expect(version()).toBe(pkg);
    writeFileSync(join(clone, "README.md"), readFileSync(join(clone, "README.md"), "utf8") + "\nchanged\n");
    const changed = version();
    expect(changed).toMatch(new RegExp(`^${pkg.replace(/\./g, "\\.")}-dirty\\.g${commit.slice(0, 12)}\\.[0-9a-f]{12}$`));
    writeFileSync(join(clone, "new-file.txt"), "untracked\n");
    const more = version();
    expect(more).toMatch(/-dirty\./);
    expect(more).not.toBe(changed); // another tree, another version
  });
});

for (const engine of engines()) {
  describe(`${engine.name} installs the release from a registry over HTTPS, with no node on PATH`, () => {
    const ws = (name: string) => {
      const dir = join(work, `${engine.name}-${name}`);
      mkdirSync(join(dir, ".home"), { recursive: true });
      writeFileSync(join(dir, "cli.tfrc"), "# no provider_installation: the registry of the source address\n");
      return dir;
    };
    const env = (dir: string) => ({ TF_CLI_CONFIG_FILE: join(dir, "cli.tfrc"), SSL_CERT_FILE: tls.ca });
    const source = () => `${registry.host}/xen-cdk/xen`;

    it("init checks the signature and the checksums, writes the lock file; plan and apply run the standalone executable", async () => {
      const dir = ws("registry");
      expect(spawnSync("/bin/sh", ["-c", "command -v node"], { env: { PATH: emptyPath } }).status).not.toBe(0);
      writeFileSync(join(dir, "main.tf"), guest(source(), rel.version, host, `rel-${engine.name}`));
      registry.requests.length = 0;
      const init = await engineRun(engine, dir, ["init", "-input=false"], env(dir));
      expect(init.code, init.out).toBe(0);
      // signed by the release's key, as the engine reports it
      expect(init.out).toContain(rel.keyId);
      expect(registry.requests).toEqual(expect.arrayContaining([
        "/.well-known/terraform.json",
        "/v1/providers/xen-cdk/xen/versions",
        `/v1/providers/xen-cdk/xen/${rel.version}/download/linux/amd64`,
        `/files/${NAME}_${rel.version}_SHA256SUMS`,
        `/files/${NAME}_${rel.version}_SHA256SUMS.sig`,
        `/files/${NAME}_${rel.version}_linux_amd64.zip`,
      ]));
      // The lock file: this version, and the zip hashes of every platform, from the signed SHA256SUMS.
      const lock = readFileSync(join(dir, ".terraform.lock.hcl"), "utf8");
      expect(lock).toContain(`provider "${source()}"`);
      expect(lock).toContain(`version     = "${rel.version}"`);
      // (terraform takes every line of SHA256SUMS, the manifest's too; tofu the zips')
      expect(lockHashes(lock)).toEqual(expect.arrayContaining(zh(rel)));
      expect(zh(rel, /./)).toEqual(expect.arrayContaining(lockHashes(lock)));
      expect(lock).toMatch(/"h1:[A-Za-z0-9+/=]{44}"/);
      // What runs is the executable from the zip.
      const installed = join(dir, ".terraform", "providers", registry.host, "xen-cdk", "xen", rel.version, "linux_amd64", `${NAME}_v${rel.version}`);
      expect(statSync(installed).size).toBeGreaterThan(50 << 20);

      const apply = await engineRun(engine, dir, ["apply", "-input=false", "-auto-approve"], env(dir));
      expect(apply.code, apply.out).toBe(0);
      const state = JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
      const g = state.resources.find((r: any) => r.type === "xen_domain").instances[0].attributes;
      expect(g).toMatchObject({ id: `h1/rel-${engine.name}`, type: "pv", effective_type: "pvh", memory: 128 });
      expect(host.domains().map((d: any) => d.name)).toContain(`rel-${engine.name}`);
      const again = await engineRun(engine, dir, ["plan", "-input=false", "-detailed-exitcode"], env(dir));
      expect(again.code, again.out).toBe(0);
    });

    it("a platform the release has no package for: the engine says so", async () => {
      const dir = ws("platform");
      writeFileSync(join(dir, "main.tf"), guest(source(), rel.version, host, "unused"));
      const r = await engineRun(engine, dir, ["providers", "lock", "-platform=darwin_arm64"], env(dir));
      expect(r.code).not.toBe(0);
      expect(r.out).toMatch(/darwin_arm64/);
      expect(r.out).toMatch(/not available for darwin_arm64|no package .*darwin_arm64/is);
    });

    it("the linux_arm64 executable put by hand where the linux_amd64 one belongs: plan fails with the system's refusal", async (ctx) => {
      // On an x86_64 machine with no transparent emulation of Arm64 (binfmt_misc), that is.
      if (process.arch !== "x64" || existsSync("/proc/sys/fs/binfmt_misc/qemu-aarch64")) ctx.skip();
      const dir = ws("wrong-arch");
      const plugins = join(dir, "plugins", registry.host, "xen-cdk", "xen", rel.version, "linux_amd64");
      mkdirSync(plugins, { recursive: true });
      writeFileSync(join(plugins, `${NAME}_v${rel.version}`), execFileSync("unzip", ["-p", join(rel.dir, `${NAME}_${rel.version}_linux_arm64.zip`)], { maxBuffer: 512 << 20 }), { mode: 0o755 });
      writeFileSync(join(dir, "cli.tfrc"), `provider_installation {\n  filesystem_mirror {\n    path = "${join(dir, "plugins")}"\n  }\n}\n`);
      writeFileSync(join(dir, "main.tf"), guest(source(), rel.version, host, "unused"));
      const init = await engineRun(engine, dir, ["init", "-input=false"], env(dir));
      expect(init.code, init.out).toBe(0); // a local mirror is trusted as it is
      const plan = await engineRun(engine, dir, ["plan", "-input=false"], env(dir));
      expect(plan.code).not.toBe(0);
      expect(plan.out).toMatch(/exec format error/);
    });

    const zipName = () => `${NAME}_${rel.version}_linux_amd64.zip`;
    const sumsName = () => `${NAME}_${rel.version}_SHA256SUMS`;
    const refused = async (name: string, set: () => void, why: RegExp) => {
      const dir = ws(name);
      writeFileSync(join(dir, "main.tf"), guest(source(), rel.version, host, "unused"));
      set();
      try {
        const init = await engineRun(engine, dir, ["init", "-input=false"], env(dir));
        expect(init.code, init.out).not.toBe(0);
        expect(init.out.replace(/[│╷╵]/g, " ").replace(/\s+/g, " ")).toMatch(why); // the message as one line
        expect(existsSync(join(dir, ".terraform.lock.hcl"))).toBe(false);
        // no executable installed (tofu leaves the directories and the install lock it made)
        const installed = join(dir, ".terraform", "providers");
        const files = existsSync(installed) ? readdirSync(installed, { recursive: true }).map(String).filter((f) => f.includes(NAME)) : [];
        expect(files).toEqual([]);
      } finally {
        registry.overrides.clear();
      }
    };
    const corrupted = () => {
      const zip = Buffer.from(readFileSync(join(rel.dir, zipName())));
      zip[zip.length >> 1] ^= 0xff; // one byte in the middle of the compressed executable
      return zip;
    };

    it("a corrupted zip makes init fail (its checksum is not the signed one)", async () => {
      await refused("corrupt", () => registry.overrides.set(zipName(), corrupted()), /archive has incorrect checksum zh:[0-9a-f]{64} \(expected zh:[0-9a-f]{64}\)/);
    });

    it("a changed zip with SHA256SUMS forged to match makes init fail (the signature no longer holds)", async () => {
      await refused("forged", () => {
        const zip = corrupted();
        const sums = rel.sums.replace(/^[0-9a-f]{64}(?=  .*_linux_amd64\.zip$)/m, createHash("sha256").update(zip).digest("hex"));
        registry.overrides.set(zipName(), zip);
        registry.overrides.set(sumsName(), Buffer.from(sums));
      }, /error checking signature: openpgp: invalid signature/);
    });

    it("a signature made by another key makes init fail", async () => {
      await refused("other-key", () => registry.overrides.set(`${sumsName()}.sig`, signWithOtherKey(join(rel.dir, sumsName()))), /signature from unknown issuer/);
    });

    it("through a network mirror made by `providers mirror`: init and plan", async () => {
      // The mirror is made from the registry by the engine, for its own default registry host
      // (a host block points that host's provider service at the loopback registry).
      const defaultHost = engine.name === "tofu" ? "registry.opentofu.org" : "registry.terraform.io";
      const maker = ws("mirror-maker");
      const mirror = join(mirrorRoot, engine.name);
      writeFileSync(join(maker, "cli.tfrc"), `host "${defaultHost}" {\n  services = {\n    "providers.v1" = "${registry.base}/v1/providers/"\n  }\n}\n`);
      writeFileSync(join(maker, "main.tf"), guest("xen-cdk/xen", rel.version, host, "unused"));
      const made = await engineRun(engine, maker, ["providers", "mirror", "-platform=linux_amd64", "-platform=linux_arm64", mirror], env(maker));
      expect(made.code, made.out).toBe(0);
      const index = JSON.parse(readFileSync(join(mirror, defaultHost, "xen-cdk", "xen", "index.json"), "utf8"));
      expect(Object.keys(index.versions)).toEqual([rel.version]);
      expect(readdirSync(join(mirror, defaultHost, "xen-cdk", "xen")).filter((f) => f.endsWith(".zip")).sort())
        .toEqual([`${NAME}_${rel.version}_linux_amd64.zip`, `${NAME}_${rel.version}_linux_arm64.zip`]);

      const dir = ws("mirror");
      writeFileSync(join(dir, "cli.tfrc"), `provider_installation {\n  network_mirror {\n    url = "${registry.base}/mirror/${relative(mirrorRoot, mirror)}/"\n  }\n}\n`);
      writeFileSync(join(dir, "main.tf"), guest("xen-cdk/xen", rel.version, host, `mirror-${engine.name}`));
      registry.requests.length = 0;
      const init = await engineRun(engine, dir, ["init", "-input=false"], env(dir));
      expect(init.code, init.out).toBe(0);
      expect(registry.requests.some((p) => p.startsWith("/v1/"))).toBe(false); // the mirror alone
      expect(registry.requests).toContain(`/mirror/${engine.name}/${defaultHost}/xen-cdk/xen/${NAME}_${rel.version}_linux_amd64.zip`);
      const lock = readFileSync(join(dir, ".terraform.lock.hcl"), "utf8");
      expect(lock).toContain(`provider "${defaultHost}/xen-cdk/xen"`);
      expect(lock).toMatch(/"h1:[A-Za-z0-9+/=]{44}"/);
      const plan = await engineRun(engine, dir, ["plan", "-input=false", "-detailed-exitcode"], env(dir));
      expect(plan.code, plan.out).toBe(2); // a change: the guest to create
      expect(plan.out).toMatch(/xen_domain\.g will be created/);
    });
  });
}

describe("the linux_arm64 executable under qemu-user", () => {
  const exe = join(work, "arm64", `${NAME}_v_arm64`);
  beforeAll(() => {
    mkdirSync(join(work, "arm64"), { recursive: true });
    writeFileSync(exe, execFileSync("unzip", ["-p", join(rel.dir, `${NAME}_${rel.version}_linux_arm64.zip`)], { maxBuffer: 512 << 20 }));
    execFileSync("chmod", ["755", exe]);
  });

  it("is an Arm64 ELF", () => {
    const head = readFileSync(exe).subarray(0, 20);
    expect(head.subarray(0, 4).toString("latin1")).toBe("\x7fELF");
    expect(head.readUInt16LE(18)).toBe(183); // EM_AARCH64
  });

  it("an executable whose Node is of another platform than it was built for refuses to start, saying which", () => {
    // The entry point of every standalone executable, as built for linux_arm64, run by this machine's Node.
    const main = join(work, "arm64", "main.js");
    writeFileSync(main, readFileSync(join(ROOT, "scripts", "lib", "standalone-main.js"), "utf8").replace(`"__XEN_TARGET__"`, JSON.stringify("linux_arm64")));
    const r = spawnSync(process.execPath, [main], { encoding: "utf8", env: { PATH: emptyPath, TF_PLUGIN_MAGIC_COOKIE: COOKIE, PLUGIN_PROTOCOL_VERSIONS: "6" } });
    if (process.arch === "arm64") return expect(r.stderr).not.toMatch(/is the linux_arm64 build/);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(""); // no handshake line
    expect(r.stderr).toMatch(/^terraform-provider-xen: this executable is the linux_arm64 build, but it runs on linux_amd64\. Install the provider's linux_amd64 package/);
  });

  it("answers the handshake and GetProviderSchema, over AutoMTLS as an engine asks", async () => {
    const certs = join(work, "client");
    mkdirSync(certs, { recursive: true });
    sh("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-521", "-nodes", "-days", "1", "-subj", "/CN=localhost/O=HashiCorp",
      "-addext", "subjectAltName=DNS:localhost", "-keyout", join(certs, "k.pem"), "-out", join(certs, "c.pem")]);
    const clientCert = readFileSync(join(certs, "c.pem"));
    const runner = process.arch === "arm64" ? [] : ["/usr/bin/qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"];
    const argv = [...runner, exe];
    const child = spawn(argv[0], argv.slice(1), {
      env: { PATH: emptyPath, HOME: join(work, "arm64", "home"), TF_PLUGIN_MAGIC_COOKIE: COOKIE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: clientCert.toString() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let buf = "";
        child.stdout.on("data", (d) => { buf += d; if (buf.includes("\n")) resolve(buf.slice(0, buf.indexOf("\n"))); });
        child.on("exit", (c) => reject(new Error(`exited ${c} before the handshake: ${stderr}`)));
      });
      const [core, proto, network, addr, protocol, cert] = line.split("|");
      expect([core, proto, network, protocol]).toEqual(["1", "6", "unix", "grpc"]);
      const serverPem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(cert, "base64").toString("base64").replace(/(.{64})/g, "$1\n")}\n-----END CERTIFICATE-----\n`;
      const creds = grpc.credentials.createSsl(Buffer.from(serverPem), readFileSync(join(certs, "k.pem")), clientCert);
      const client = new grpc.Client(`unix:${addr}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
      const id = (b: Buffer) => b;
      const answer: Buffer = await new Promise((resolve, reject) =>
        client.makeUnaryRequest("/tfplugin6.Provider/GetProviderSchema", id, id, Buffer.alloc(0), (err: Error | null, res: Buffer) => (err ? reject(err) : resolve(res))));
      client.close();
      const schema = tfplugin6.GetProviderSchema.Response.decode(answer);
      expect(Object.keys(schema.resource_schemas)).toContain("xen_domain");
      expect(Object.keys(schema.data_source_schemas)).toContain("xen_host");
      expect(schema.diagnostics ?? []).toEqual([]);
      // its code cache, made by the Arm64 Node at the handshake
      expect(readdirSync(join(work, "arm64", "home", ".cache", "terraform-provider-xen"))).toEqual([expect.stringMatching(/-linux_arm64-v[\d.]+\.v8cache$/)]);
    } finally {
      child.kill("SIGKILL");
    }
  }, 120_000);
});

/** A detached signature of `file` by a key that is not the release's. */
function signWithOtherKey(file: string): Buffer {
  const home = mkdtempSync(join(tmpdir(), "xen-gpg-"));
  const env = { ...process.env, GNUPGHOME: home };
  try {
    sh("gpg", ["--batch", "--passphrase", "", "--quick-gen-key", "someone else <other@cdktf-xen.invalid>", "rsa2048", "sign", "1d"], { env });
    sh("gpg", ["--batch", "--detach-sign", "--output", join(home, "sig"), file], { env });
    return readFileSync(join(home, "sig"));
  } finally {
    spawnSync("gpgconf", ["--kill", "gpg-agent"], { env });
    rmSync(home, { recursive: true, force: true });
  }
}
