// `cdktf-xen upgrade --xen-version V`: each declared guest resolved by the model at its
// host's current facts and again with only the Xen version changed; what differs —
// the effective type, warnings gained or lost, refusal — is what the upgrade changes.
import { parseVersion, pathText, resolveDomain, specFromAttributes, type Finding, type GuestType, type HostFacts, type Resolution } from "../xen";
import { byText, mdCode, mdTable, mdText, plural, show, table, type Format } from "./format";
import { factsFor, guestsOf, InputError, type FactFlags, type FactsSource, type ShowJson } from "./tfjson";

export const UPGRADE_SCHEMA = "cdktf-xen/upgrade/v1";

export interface FindingOut {
  severity: "error" | "warning";
  attribute: string;
  summary: string;
}

export interface Side {
  xen_version: string;
  effective_type: GuestType | null;
  refused: boolean;
  warnings: FindingOut[];
  errors: FindingOut[];
}

export interface GuestUpgrade {
  address: string;
  name: string;
  changes: boolean;
  effective_type_changed: boolean;
  /** Refused at the target version (and was not refused before). */
  fails: boolean;
  /** Refused before, accepted at the target. */
  fixed: boolean;
  gained_warnings: FindingOut[];
  lost_warnings: FindingOut[];
  gained_errors: FindingOut[];
  from: Side;
  to: Side;
  /** What runs per the state, when it differs from the model at the current version. */
  state_effective_type: string | null;
}

export interface HostUpgrade {
  host: string;
  arch: string;
  from: string;
  to: string;
  facts_source: FactsSource;
  guests: GuestUpgrade[];
}

export interface UpgradeReport {
  schema: typeof UPGRADE_SCHEMA;
  status: "unchanged" | "changes";
  target: string;
  summary: { guests: number; changing: number; effective_type_changed: number; fail: number };
  hosts: HostUpgrade[];
}

const attributeOf = (f: Finding) => pathText(f.path) || "(config)";
/** The type column: what the guest runs as, or that the model refuses it. */
const typeOf = (s: Side) => (s.refused ? "(refused)" : show(s.effective_type));
const out = (f: Finding): FindingOut => ({ severity: f.severity, attribute: attributeOf(f), summary: f.summary });
const key = (f: FindingOut) => `${f.severity}|${f.attribute}|${f.summary}`;
const minus = (a: FindingOut[], b: FindingOut[]) => {
  const k = new Set(b.map(key));
  return a.filter((f) => !k.has(key(f)));
};

function side(r: Resolution, facts: HostFacts): Side {
  const fs = r.findings.map(out);
  return {
    xen_version: facts.xenVersion.text,
    effective_type: r.effectiveType,
    refused: fs.some((f) => f.severity === "error"),
    warnings: fs.filter((f) => f.severity === "warning"),
    errors: fs.filter((f) => f.severity === "error"),
  };
}

export interface UpgradeOptions extends FactFlags {
  target: string;
  host?: string;
}

export function upgradeReport(doc: ShowJson, opts: UpgradeOptions): UpgradeReport {
  const target = parseVersion(opts.target);
  if (!target) throw new InputError(`--xen-version must look like "4.20" or "4.20.1", not "${opts.target}"`);
  const guests = guestsOf(doc, "planned").filter((g) => !opts.host || g.values.host === opts.host);
  if (opts.host && !guests.length) throw new InputError(`no xen_domain on host "${opts.host}" in the input`);
  const byHost = new Map<string, typeof guests>();
  for (const g of guests) {
    const h = String(g.values.host ?? "");
    byHost.set(h, [...(byHost.get(h) ?? []), g]);
  }
  const hosts: HostUpgrade[] = [];
  for (const [host, list] of [...byHost].sort(([a], [b]) => byText(a, b))) {
    const known = factsFor(doc, host, opts);
    if (!known) {
      throw new InputError(`no facts for host "${host}": add a xen_host data source for it, a facts block in the provider, ` +
        "or give --arch and --from-version (and --xen-caps on x86_64)");
    }
    const cur = known.facts;
    // Only the version changes: the same machine and caps; transient figures (free memory) left out.
    const base: HostFacts = { machine: cur.machine, xenVersion: cur.xenVersion, xenCaps: cur.xenCaps, virtCaps: cur.virtCaps };
    const next: HostFacts = { ...base, xenVersion: target };
    const rows: GuestUpgrade[] = list.map((g) => {
      const spec = specFromAttributes(g.values);
      const a = side(resolveDomain(spec, base), base);
      const b = side(resolveDomain(spec, next), next);
      const gainedW = minus(b.warnings, a.warnings), lostW = minus(a.warnings, b.warnings), gainedE = minus(b.errors, a.errors);
      const typeChanged = !a.refused && !b.refused && a.effective_type !== b.effective_type;
      const fails = b.refused && !a.refused;
      const fixed = a.refused && !b.refused;
      const st = typeof g.values.effective_type === "string" ? g.values.effective_type : null;
      return {
        address: g.address,
        name: String(g.values.name ?? g.address),
        changes: typeChanged || fails || fixed || gainedW.length > 0 || lostW.length > 0 || gainedE.length > 0,
        effective_type_changed: typeChanged,
        fails,
        fixed,
        gained_warnings: gainedW,
        lost_warnings: lostW,
        gained_errors: gainedE,
        from: a,
        to: b,
        state_effective_type: st !== null && st !== a.effective_type ? st : null,
      };
    });
    rows.sort((x, y) => Number(y.fails) - Number(x.fails) || Number(y.effective_type_changed) - Number(x.effective_type_changed)
      || Number(y.changes) - Number(x.changes) || byText(x.name, y.name));
    hosts.push({ host, arch: cur.machine, from: cur.xenVersion.text, to: target.text, facts_source: known.source, guests: rows });
  }
  const all = hosts.flatMap((h) => h.guests);
  return {
    schema: UPGRADE_SCHEMA,
    status: all.some((g) => g.changes) ? "changes" : "unchanged",
    target: target.text,
    summary: {
      guests: all.length,
      changing: all.filter((g) => g.changes).length,
      effective_type_changed: all.filter((g) => g.effective_type_changed).length,
      fail: all.filter((g) => g.fails).length,
    },
    hosts,
  };
}

/** What changes for one guest, one line each. */
function changeLines(g: GuestUpgrade, arrow = "->"): string[] {
  const l: string[] = [];
  if (g.fails) l.push(...g.to.errors.map((e) => `FAILS: ${e.attribute}: ${e.summary}`));
  else if (g.gained_errors.length) l.push(...g.gained_errors.map((e) => `new error: ${e.attribute}: ${e.summary}`));
  if (g.fixed) l.push(`accepted now (was refused: ${g.from.errors.map((e) => e.summary).join("; ")})`);
  if (g.effective_type_changed) l.push(`effective type ${g.from.effective_type} ${arrow} ${g.to.effective_type}`);
  l.push(...g.gained_warnings.map((w) => `+ warning: ${w.attribute}: ${w.summary}`));
  l.push(...g.lost_warnings.map((w) => `- warning: ${w.attribute}: ${w.summary}`));
  if (g.state_effective_type) l.push(`(note: the state says it runs as ${g.state_effective_type}; the model at ${g.from.xen_version} says ${show(g.from.effective_type)})`);
  return l;
}

export function renderUpgrade(r: UpgradeReport, format: Format): string {
  if (format === "json") return JSON.stringify(r, null, 2) + "\n";
  const s = r.summary;
  const head = s.changing
    ? `Xen ${r.target}: ${s.changing} of ${plural(s.guests, "guest")} change (${s.effective_type_changed} effective type, ${s.fail} refused).`
    : `Xen ${r.target}: no change for the ${plural(s.guests, "guest")}.`;
  const lines: string[] = [];
  if (format === "markdown") {
    lines.push(`### Xen ${mdText(r.target)} upgrade check`, "");
    for (const h of r.hosts) {
      lines.push(`#### Host ${mdCode(h.host)} (${h.arch}, Xen ${mdText(h.from)} → ${mdText(h.to)}; facts from ${h.facts_source})`, "");
      const body = h.guests.filter((g) => g.changes).map((g) => [
        mdCode(g.name), `${mdCode(typeOf(g.from))} → ${mdCode(typeOf(g.to))}`,
        changeLines(g, "→").map(mdText).join("<br>"),
      ]);
      lines.push(...(body.length ? mdTable(["guest", "type", "changes"], body) : ["No change."]), "");
    }
    lines.push(`**Summary:** ${mdText(head)}`);
    return lines.join("\n") + "\n";
  }
  lines.push(head);
  for (const h of r.hosts) {
    lines.push("", `host ${h.host} (${h.arch}, Xen ${h.from} -> ${h.to}; facts from ${h.facts_source})`);
    const body: string[][] = [["GUEST", "TYPE", "CHANGE"]];
    for (const g of h.guests) {
      const cl = g.changes ? changeLines(g) : ["no change"];
      cl.forEach((c, i) => body.push([i ? "" : show(g.name), i ? "" : `${typeOf(g.from)} -> ${typeOf(g.to)}`, c]));
    }
    lines.push(...table(body));
  }
  return lines.join("\n") + "\n";
}
