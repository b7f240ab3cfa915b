// `cdktf-xen import-host --host NAME [--dir DIR]`: the guests running on a host that no
// state manages, as xen_domain code plus an `import` block each, so that `terraform plan`
// adopts them with no changes. Everything goes through the engine with the stack's own
// provider configuration, in a scratch copy of DIR (links to its files; its state files
// left out, so nothing of the stack's is written): first the xen_domains data source
// lists the host, then an import plan of the unmanaged guests reads each exactly as the
// import will (the provider's importState), and those values become the code.
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { domainArguments, labelFor } from "../xen";
import { renderCode, type CodeFormat, type GuestCode } from "./import-render";
import { engineFailed, findEngine, readJsonFile, runEngine, stateOf } from "./input";
import { DOMAIN, guestsOf, InputError, parseShowJson, type ShowJson } from "./tfjson";

export interface ImportHostOptions {
  host: string;
  /** The stack's working directory (initialised: `terraform init` or `cdktf synth` + init). */
  dir: string;
  /** `terraform show -json` of the state, instead of asking the engine in dir. */
  stateJson?: string;
  format: CodeFormat;
  /** Write the type each guest runs as (Arm pv → pvh): the plan then shows an in-place update, not a clean import. */
  normalizeType: boolean;
}

export interface ImportHostResult {
  code: string;
  /** For stderr: one line per guest found, adopted or left out, and why. */
  messages: string[];
  adopted: number;
}

const LISTING = "cdktf_xen_import_host";
const SCRATCH_FILE = "zz_cdktf_xen_import_host.tf.json";
/** What the scratch copy leaves out: the stack's local state and its lock, and plan files. */
const LEFT_OUT = /^(terraform\.tfstate(\.backup)?|.*\.tfstate(\.backup)?|\.terraform\.tfstate\.lock\.info)$/;

/** A scratch directory of links to dir's files (no state), where this command writes its one file. */
function scratchOf(dir: string): string {
  const s = mkdtempSync(join(tmpdir(), "cdktf-xen-import-host-"));
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    throw new InputError(`--dir ${dir}: ${(e as Error).message}`);
  }
  for (const name of entries) if (!LEFT_OUT.test(name) && name !== SCRATCH_FILE) symlinkSync(resolve(dir, name), join(s, name));
  return s;
}

function plan(engine: string, scratch: string, file: object, args: string[], what: string): { doc: ShowJson; raw: any; stdout: string } {
  writeFileSync(join(scratch, SCRATCH_FILE), JSON.stringify(file, null, 2));
  const out = join(scratch, `${what}.tfplan`);
  const p = runEngine(engine, ["plan", "-input=false", "-no-color", `-out=${out}`, ...args], scratch);
  if (p.code !== 0) throw engineFailed(`${engine} plan (${what})`, p);
  const show = runEngine(engine, ["show", "-json", "-no-color", out], scratch);
  if (show.code !== 0) throw engineFailed(`${engine} show -json (${what})`, show);
  return { doc: parseShowJson(show.stdout, `${engine} show -json (${what})`), raw: JSON.parse(show.stdout), stdout: p.stdout };
}

/** The xen_domain labels the configuration already uses (in state or not). */
function configuredLabels(raw: any): string[] {
  const rs = raw?.configuration?.root_module?.resources;
  return Array.isArray(rs) ? rs.filter((r: any) => r?.type === DOMAIN && typeof r.name === "string").map((r: any) => r.name) : [];
}

export function importHost(opts: ImportHostOptions): ImportHostResult {
  const engine = findEngine();
  const state = opts.stateJson ? readJsonFile(opts.stateJson) : stateOf(opts.dir);
  const managed = guestsOf(state, "current").filter((g) => g.values.host === opts.host);
  const managedNames = new Map(managed.map((g) => [String(g.values.name), g.address]));
  const managedUuids = new Set(managed.map((g) => g.values.uuid).filter((u): u is string => typeof u === "string"));
  const scratch = scratchOf(opts.dir);
  try {
    const listing = plan(engine, scratch, { data: { xen_domains: { [LISTING]: { host: opts.host } } } },
      ["-refresh=false", `-target=data.xen_domains.${LISTING}`], "listing");
    const data = listing.doc.current.find((r) => r.mode === "data" && r.type === "xen_domains" && r.name === LISTING);
    const domains = Array.isArray(data?.values.domains) ? (data!.values.domains as Record<string, unknown>[]) : [];
    const messages: string[] = [];
    const taken = new Set([...configuredLabels(listing.raw), ...managed.map((g) => g.name)]);
    const adopt: { label: string; name: string }[] = [];
    for (const d of domains) {
      const name = String(d.name);
      const by = managedNames.get(name);
      if (by || managedUuids.has(String(d.uuid))) {
        messages.push(`${opts.host}/${name}: managed by ${by ?? "the state (by uuid)"}; left out`);
        continue;
      }
      adopt.push({ label: labelFor(name, taken), name });
    }
    if (!adopt.length) {
      messages.push(`host "${opts.host}": ${domains.length ? "every guest is managed by the state" : "no guests run there (Domain-0 aside)"}; nothing to import`);
      return { code: "", messages, adopted: 0 };
    }
    const importPlan = plan(engine, scratch,
      { import: adopt.map((a) => ({ to: `${DOMAIN}.${a.label}`, id: `${opts.host}/${a.name}` })) },
      ["-generate-config-out=" + join(scratch, "generated.tf"), ...adopt.map((a) => `-target=${DOMAIN}.${a.label}`)], "import");
    const changes = Array.isArray(importPlan.raw.resource_changes) ? importPlan.raw.resource_changes : [];
    const code: GuestCode[] = adopt.map((a) => {
      const rc = changes.find((c: any) => c.address === `${DOMAIN}.${a.label}`);
      const values = (rc?.change?.before ?? rc?.change?.after) as Record<string, unknown> | undefined;
      if (!values) throw new InputError(`the import plan has no values for ${opts.host}/${a.name}`);
      const args = domainArguments(values, { computedFields: false });
      const ran = String(values.effective_type ?? "");
      const written = typeof values.type === "string" ? values.type : null;
      const comments = [`${opts.host}/${a.name}: running (domid ${String(values.domid)}) as ${ran}${written && written !== ran ? `, written ${written}` : ""}`];
      if (opts.normalizeType && written && written !== ran) {
        args.type = ran;
        comments.push(`type written as ${ran} (--normalize-type): the plan adopts it and updates its stored config in place`);
      }
      messages.push(comments[0] + `; adopted as ${DOMAIN}.${a.label}`);
      return { label: a.label, args, comments, importId: `${opts.host}/${a.name}` };
    });
    const header = [`Guests on host "${opts.host}" that no state manages, found by cdktf-xen import-host.`,
      "Add this to the stack; `terraform plan` then imports each with no changes."];
    return { code: renderCode(opts.format, code, null, header), messages, adopted: code.length };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
