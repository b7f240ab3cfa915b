// The GitOps pipelines' set-up step, examples/gitops/ci/setup-xen.sh, as a pipeline runs
// it, outside the repository: it installs the npm package (here the `npm pack` tarball,
// through CDKTF_XEN_PACKAGE, so nothing comes from the registry), `cdktf-xen provider
// install` fills a filesystem mirror, and after `eval` of its output a plain `init` of
// each engine installs xen-cdk/xen from that mirror and writes a lock entry, and `plan`
// plans from declared facts. Registries and the npm registry are unreachable throughout
// (a proxy on a closed local port; npm offline): nothing may try them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, ensureBuilt } from "../engine/engine";
import { ROOT, run } from "./helpers";

const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const SETUP = join(ROOT, "examples/gitops/ci/setup-xen.sh");
const work = mkdtempSync(join(tmpdir(), "cdk-setup-xen-"));
const pipeline = join(work, "pipeline"); // the pipeline's checkout: where the script runs
const home = join(work, "home");
const timings: Record<string, number> = {};
let tarball: string;

/** No way out: a registry request (terraform, tofu, npm) would fail instead of going out. */
const OFFLINE = {
  HOME: home,
  HTTPS_PROXY: "http://127.0.0.1:9",
  HTTP_PROXY: "http://127.0.0.1:9",
  https_proxy: "http://127.0.0.1:9",
  http_proxy: "http://127.0.0.1:9",
  NO_PROXY: "",
  no_proxy: "",
  npm_config_offline: "true",
  NPM_CONFIG_UPDATE_NOTIFIER: "false",
  CHECKPOINT_DISABLE: "1",
};

const MAIN_TF = `terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}

# Declared facts and no address: the plan needs no host.
provider "xen" {
  host {
    name = "arm1"
    facts {
      arch        = "aarch64"
      xen_version = "4.17.7"
      xen_caps    = "xen-3.0-aarch64 xen-3.0-armv7l"
    }
  }
}

resource "xen_domain" "web" {
  host   = "arm1"
  name   = "web-0"
  kernel = "/var/lib/xen-guests/vmlinuz"
  memory = 128
}
`;

beforeAll(async () => {
  // The script needs the package's bin/ only, which prepack would build the same way:
  // pack the built tree without prepack's jsii compile (package.test.ts covers that).
  ensureBuilt();
  const r = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(`npm pack failed:\n${r.stderr.slice(-3000)}`);
  timings.pack = r.ms / 1000;
  tarball = join(work, JSON.parse(r.stdout)[0].filename);
  mkdirSync(pipeline, { recursive: true });
  mkdirSync(home, { recursive: true });
}, 180_000);

afterAll(() => {
  console.log(`setup-xen timings (s): ${JSON.stringify(timings)}`);
  rmSync(work, { recursive: true, force: true });
});

describe("examples/gitops/ci/setup-xen.sh", () => {
  it("installs the package from a tarball; after eval, init installs xen-cdk/xen from the mirror with a lock entry and plan adds 1", async () => {
    const githubEnv = join(work, "github_env");
    const githubPath = join(work, "github_path");
    writeFileSync(githubEnv, "");
    writeFileSync(githubPath, "");
    // eval as the pipelines do, then report what the shell got.
    const r = await run("bash", ["-c", `set -euo pipefail
eval "$("$SETUP")"
printf '%s\\n' "$TF_CLI_CONFIG_FILE" "$PATH" "$(command -v cdktf-xen)"`], {
      cwd: pipeline,
      env: { ...OFFLINE, SETUP, CDKTF_XEN_PACKAGE: tarball, GITHUB_ENV: githubEnv, GITHUB_PATH: githubPath },
      timeoutMs: 120_000,
    });
    timings.setup = r.ms / 1000;
    expect(r.code, r.stderr).toBe(0);
    const [rc, path, cli] = r.stdout.trim().split("\n");
    const tools = join(pipeline, ".xen-tools"); // XEN_TOOLS' default: ./.xen-tools
    const bin = join(tools, "node_modules/cdktf-xen/bin");
    expect(rc).toBe(join(tools, "terraform.rc"));
    expect(cli).toBe(join(bin, "cdktf-xen"));
    expect(path.split(":")[0]).toBe(bin);
    expect(r.stderr).toContain(`provider xen-cdk/xen ${PKG.version} installed (copy) in ${join(tools, "mirror")}`);
    expect(readFileSync(githubEnv, "utf8")).toBe(`TF_CLI_CONFIG_FILE=${rc}\n`);
    expect(readFileSync(githubPath, "utf8")).toBe(`${bin}\n`);
    // xen-cdk/* from the mirror, and never from a registry.
    const config = readFileSync(rc, "utf8");
    expect(config).toContain(`path    = ${JSON.stringify(join(tools, "mirror"))}`);
    expect(config).toMatch(/direct \{\n\s*exclude = \["registry\.terraform\.io\/xen-cdk\/\*", "registry\.opentofu\.org\/xen-cdk\/\*"\]/);
    expect(config).not.toContain("dev_overrides");

    const hashes = new Set<string>();
    for (const engine of engines()) {
      const dir = join(work, `fleet-${engine.name}`);
      mkdirSync(dir);
      writeFileSync(join(dir, "main.tf"), MAIN_TF);
      const env = { ...OFFLINE, TF_CLI_CONFIG_FILE: rc, PATH: path, TF_IN_AUTOMATION: "1", TF_INPUT: "0" };
      const init = await run(engine.path, ["init", "-input=false", "-no-color"], { cwd: dir, env });
      timings[`${engine.name}Init`] = init.ms / 1000;
      expect(init.code, `${engine.name} init: ${init.stdout}${init.stderr}`).toBe(0);
      expect(init.stdout, engine.name).toContain(`Installed xen-cdk/xen v${PKG.version} (unauthenticated)`);
      expect(init.stdout + init.stderr, engine.name).not.toMatch(/dev_overrides|Provider development overrides/);
      const registry = engine.name === "tofu" ? "registry.opentofu.org" : "registry.terraform.io";
      const lock = readFileSync(join(dir, ".terraform.lock.hcl"), "utf8");
      const entry = new RegExp(`provider "${registry.replace(/\./g, "\\.")}/xen-cdk/xen" \\{\\s*version = "${PKG.version}"\\s*hashes = \\[\\s*"(h1:[A-Za-z0-9+/=]+)"`).exec(lock);
      expect(entry, `${engine.name} lock file:\n${lock}`).not.toBeNull();
      hashes.add(entry![1]);

      const plan = await run(engine.path, ["plan", "-input=false", "-no-color", "-refresh=false"], { cwd: dir, env });
      timings[`${engine.name}Plan`] = plan.ms / 1000;
      expect(plan.code, `${engine.name} plan: ${plan.stdout}${plan.stderr}`).toBe(0);
      expect(plan.stdout, engine.name).toContain("Plan: 1 to add, 0 to change, 0 to destroy.");
      expect(plan.stdout, engine.name).toMatch(/effective_type\s+= "pvh"/);
    }
    // One package, copied alike for every platform and both registries: one hash in every lock file.
    expect(hashes.size).toBe(1);
  }, 240_000);
});
