// Where a command's `show -json` document comes from: a file, or the engine run in a
// working directory. The engine is $TERRAFORM_BINARY_NAME (what cdktf uses), else
// `terraform`, else `tofu` on PATH.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";
import { InputError, parseShowJson, type ShowJson } from "./tfjson";

/** An engine command that failed; carries the engine's error summaries. */
export class EngineError extends Error {
  constructor(message: string, readonly diagnostics: string[], readonly stderr: string) {
    super(message);
  }
}

function onPath(cmd: string): string | null {
  if (cmd.includes("/")) return existsSync(cmd) ? cmd : null;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, cmd);
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return null;
}

export function findEngine(): string {
  const named = process.env.TERRAFORM_BINARY_NAME;
  if (named) {
    const p = onPath(named);
    if (!p) throw new InputError(`TERRAFORM_BINARY_NAME is "${named}", which is not on PATH`);
    return p;
  }
  const p = onPath("terraform") ?? onPath("tofu");
  if (!p) throw new InputError("neither terraform nor tofu is on PATH (or set TERRAFORM_BINARY_NAME)");
  return p;
}

/** The summary lines of the engine's `Error:` blocks (boxed or not). */
export function errorSummaries(text: string): string[] {
  return [...text.matchAll(/^[│ ]*Error: (.+)$/gm)].map((m) => m[1].trim());
}

export function runEngine(engine: string, args: string[], dir: string) {
  const r = spawnSync(engine, args, {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 256 << 20,
    env: { ...process.env, TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE ?? "1" },
  });
  if (r.error) throw new InputError(`cannot run ${engine}: ${r.error.message}`);
  return { code: r.status ?? 1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

export function engineFailed(what: string, r: { code: number; stdout: string; stderr: string }): EngineError {
  const text = r.stderr + "\n" + r.stdout;
  const diags = errorSummaries(text);
  return new EngineError(`\`${what}\` failed (exit ${r.code})${diags.length ? ": " + diags.join("; ") : ""}`, diags, text.trim());
}

function checkDir(dir: string) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`--dir ${dir} is not a directory`);
}

/** `plan -refresh-only -out=…` then `show -json` of that plan, in dir. */
export function refreshOnlyPlan(dir: string): ShowJson {
  checkDir(dir);
  const engine = findEngine();
  const tmp = mkdtempSync(join(tmpdir(), "cdktf-xen-drift-"));
  try {
    const planFile = join(tmp, "refresh.tfplan");
    const plan = runEngine(engine, ["plan", "-refresh-only", "-input=false", "-no-color", `-out=${planFile}`], dir);
    // Decide from the plan, not the exit status (terraform#36403; tofu never exits 2 here);
    // with -out and without -detailed-exitcode any non-zero status is a failure.
    if (plan.code !== 0) throw engineFailed(`${engine} plan -refresh-only`, plan);
    const show = runEngine(engine, ["show", "-json", "-no-color", planFile], dir);
    if (show.code !== 0) throw engineFailed(`${engine} show -json`, show);
    return parseShowJson(show.stdout, `${engine} show -json (plan)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `show -json` of the state in dir (no refresh, no host reached). */
export function stateOf(dir: string): ShowJson {
  checkDir(dir);
  const engine = findEngine();
  const show = runEngine(engine, ["show", "-json", "-no-color"], dir);
  if (show.code !== 0) throw engineFailed(`${engine} show -json`, show);
  return parseShowJson(show.stdout, `${engine} show -json (state)`);
}

export function readJsonFile(file: string): ShowJson {
  let text: string;
  try {
    text = file === "-" ? readFileSync(0, "utf8") : readFileSync(isAbsolute(file) ? file : join(process.cwd(), file), "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as Error).message}`);
  }
  return parseShowJson(text, file);
}
