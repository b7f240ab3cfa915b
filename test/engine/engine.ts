// Running a real engine (terraform on PATH, and tofu where available) against
// the built provider, through dev_overrides: no init, no registry.
import { execFile, execFileSync } from "node:child_process";
import { required } from "../harness/required";
import { existsSync, mkdtempSync, writeFileSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
/** The provider the engines run: bin/ (the npm package's), or CDKTF_XEN_PROVIDER_DIR (e.g. build/standalone/linux_amd64, the standalone executable). */
export const PROVIDER_DIR = process.env.CDKTF_XEN_PROVIDER_DIR ? resolve(process.env.CDKTF_XEN_PROVIDER_DIR) : join(ROOT, "bin");

export interface Engine {
  name: "terraform" | "tofu";
  path: string;
}

function which(cmd: string): string | null {
  try {
    return execFileSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** The engines to test with: terraform from PATH; tofu from PATH or the cached build. */
export function engines(): Engine[] {
  const out: Engine[] = [];
  const tf = process.env.CDKTF_XEN_TERRAFORM ?? which("terraform");
  if (tf) out.push({ name: "terraform", path: tf });
  const tofu = process.env.CDKTF_XEN_TOFU ?? which("tofu");
  const hasTofu = !!tofu && existsSync(tofu);
  if (required("OpenTofu", hasTofu, "CDKTF_XEN_SKIP_TOFU", "no tofu on PATH and CDKTF_XEN_TOFU unset (scripts/setup.sh builds it)")) out.push({ name: "tofu", path: tofu! });
  if (!out.length) throw new Error("No terraform or tofu found: run scripts/ensure-engine.sh (the test command does)");
  return out;
}

export function ensureBuilt() {
  if (process.env.CDKTF_XEN_PROVIDER_DIR) {
    if (!existsSync(join(PROVIDER_DIR, "terraform-provider-xen"))) throw new Error(`CDKTF_XEN_PROVIDER_DIR=${PROVIDER_DIR} holds no terraform-provider-xen`);
    return;
  }
  if (!existsSync(join(PROVIDER_DIR, "terraform-provider-xen"))) {
    execFileSync("node", [join(ROOT, "scripts/build.mjs")], { stdio: "inherit" });
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class Workspace {
  readonly dir: string;
  private readonly rc: string;

  constructor(readonly engine: Engine, files: Record<string, string> = {}) {
    this.dir = mkdtempSync(join(tmpdir(), `xen-${engine.name}-`));
    this.rc = join(this.dir, "dev.tfrc");
    writeFileSync(this.rc, `provider_installation {
  dev_overrides {
    "registry.terraform.io/xen-cdk/xen" = "${PROVIDER_DIR}"
    "registry.opentofu.org/xen-cdk/xen" = "${PROVIDER_DIR}"
  }
  direct {}
}
`);
    for (const [name, text] of Object.entries(files)) this.write(name, text);
  }

  write(name: string, text: string) {
    writeFileSync(join(this.dir, name), text);
  }

  read(name: string): string {
    return readFileSync(join(this.dir, name), "utf8");
  }

  run(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
    return new Promise((resolve) => {
      execFile(this.engine.path, args, {
        cwd: this.dir,
        env: {
          ...process.env,
          TF_CLI_CONFIG_FILE: this.rc,
          TF_IN_AUTOMATION: "1",
          TF_INPUT: "0",
          CHECKPOINT_DISABLE: "1",
          NO_COLOR: "1",
          ...env,
        },
        maxBuffer: 64 << 20,
      }, (err, stdout, stderr) => {
        const code = err ? (typeof (err as any).code === "number" ? (err as any).code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  }

  /** `plan -out` then `show -json`: the plan as the engine records it. */
  async planJson(extra: string[] = []): Promise<{ run: RunResult; plan: any }> {
    const run = await this.run(["plan", "-no-color", "-input=false", "-out=tfplan", ...extra]);
    if (run.code !== 0 && run.code !== 2) return { run, plan: null };
    const show = await this.run(["show", "-json", "tfplan"]);
    return { run, plan: JSON.parse(show.stdout) };
  }

  async apply(extra: string[] = []): Promise<RunResult> {
    return this.run(["apply", "-no-color", "-input=false", "-auto-approve", ...extra]);
  }

  state(): any {
    const p = join(this.dir, "terraform.tfstate");
    return existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : null;
  }

  /** Attributes of a resource instance in the state, by address ("xen_domain.a"). */
  resource(address: string): any {
    const s = this.state();
    for (const r of s?.resources ?? []) {
      if (`${r.mode === "data" ? "data." : ""}${r.type}.${r.name}` === address) return r.instances[0]?.attributes;
    }
    return undefined;
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A provider block for one host reached over SSH with a pinned key. */
export function providerBlock(hosts: { name: string; port: number; keyFile: string; hostKey: string; facts?: string; extra?: string }[]): string {
  return `terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}

provider "xen" {
${hosts.map((h) => `  host {
    name        = "${h.name}"
    address     = "127.0.0.1"
    port        = ${h.port}
    user        = "root"
    private_key = file("${h.keyFile}")
    host_key    = "${h.hostKey}"
${h.extra ?? ""}${h.facts ?? ""}  }`).join("\n")}
}
`;
}

/** The error diagnostics of a `plan -json` run's output. */
export function planErrors(stdout: string): any[] {
  return stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l))
    .filter((m) => m.type === "diagnostic" && m.diagnostic.severity === "error").map((m) => m.diagnostic);
}

/** The summary lines of the engine's error/warning blocks. */
export function diagnostics(text: string, kind: "Error" | "Warning"): string[] {
  return [...text.matchAll(new RegExp(`^[│ ]*${kind}: (.+)$`, "gm"))].map((m) => m[1].trim());
}
