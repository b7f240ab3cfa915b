// `cdktf-xen import-config FILE.cfg...`: hand-written xl.cfg files as xen_domain code.
// The conversion and the plan's verdict are src/xen's (convertXlCfg); this file reads the
// files, names the guests, and hands them to the renderers.
import { readFileSync } from "node:fs";
import { convertXlCfg, findingLine, labelFor, planSummary, type ConvertedGuest, type HostFacts } from "../xen";
import { renderCode, type CodeFormat, type GuestCode } from "./import-render";
import { factsFromFlags, InputError } from "./tfjson";

/** The host name resources get when --host is not given. */
export const DEFAULT_HOST = "xen-host";

export interface ImportConfigOptions {
  host?: string;
  format: CodeFormat;
  normalizeType: boolean;
  facts: HostFacts;
}

export interface ImportConfigResult {
  /** The code for stdout (the guests that convert; the provider block with --host). */
  code: string;
  /** One block of lines per file for stderr: what the plan will say, and every finding with file:line. */
  messages: string[];
  guests: ConvertedGuest[];
  refused: number;
}

/** Convert the files' texts (the caller read them) for one host. */
export function importConfigs(files: { name: string; text: string }[], opts: ImportConfigOptions): ImportConfigResult {
  const host = opts.host ?? DEFAULT_HOST;
  const taken = new Set<string>();
  const names = new Map<string, string>();
  const guests = files.map((f) => convertXlCfg(f.text, f.name, opts.facts, { host, normalizeType: opts.normalizeType }));
  const code: GuestCode[] = [];
  const messages: string[] = [];
  for (const g of guests) {
    const summary = `${g.file}: ${g.name ? `guest "${g.name}": ` : ""}${planSummary(g, opts.facts)}`;
    const lines = [...g.findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((f) => findingLine(g.file, f));
    const other = g.args && g.name !== null ? names.get(g.name) : undefined;
    if (other) lines.push(`${g.file}: warning: name: "${g.name}" is also the name of the guest in ${other}; one host runs only one of them`);
    messages.push([summary, ...lines.map((l) => "  " + l)].join("\n"));
    if (!g.args) continue;
    if (g.name !== null) names.set(g.name, g.file);
    code.push({ label: labelFor(g.name ?? "guest", taken), args: { host, ...g.args }, comments: [summary, ...lines] });
  }
  const header = [
    `Converted by cdktf-xen import-config for host "${host}" (Xen ${opts.facts.xenVersion.text} ${opts.facts.machine}),`,
    `from ${files.map((f) => f.name).join(", ")}.`,
  ];
  return {
    code: renderCode(opts.format, code, opts.host ? { name: opts.host, facts: opts.facts } : null, header),
    messages,
    guests,
    refused: guests.filter((g) => g.refused).length,
  };
}

/** Host facts from --facts FILE (a host.json, or xl info's keys as JSON) or the flags. */
export function importFacts(flags: { facts?: string; arch?: string; xenVersion?: string; xenCaps?: string; virtCaps?: string }): HostFacts {
  if (!flags.facts) return factsFromFlags(flags);
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(readFileSync(flags.facts, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new InputError(`cannot read --facts ${flags.facts}: ${(e as Error).message}`);
  }
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  return factsFromFlags({
    arch: flags.arch ?? str(doc.arch) ?? str(doc.machine),
    xenVersion: flags.xenVersion ?? str(doc.xen_version),
    xenCaps: flags.xenCaps ?? str(doc.xen_caps),
    virtCaps: flags.virtCaps ?? str(doc.virt_caps),
  }, `--facts ${flags.facts}`);
}

/** Read the files named on the command line; an InputError names one that cannot be read. */
export function readConfigFiles(paths: string[]): { name: string; text: string }[] {
  if (!paths.length) throw new InputError("import-config needs at least one xl.cfg file");
  return paths.map((p) => {
    try {
      return { name: p, text: readFileSync(p === "-" ? 0 : p, "utf8") };
    } catch (e) {
      throw new InputError(`cannot read ${p}: ${(e as Error).message}`);
    }
  });
}
