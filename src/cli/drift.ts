// `cdktf-xen drift`: what the refresh found different from the state, per host and
// guest, from the `resource_drift` of a refresh-only plan. Decided from the plan JSON,
// never from the engine's exit status.
import { byText, mdCode, mdTable, mdText, plural, show, table, type Format } from "./format";
import { DOMAIN, type DriftEntry, type ShowJson } from "./tfjson";
import { VIF_READ_NAMES } from "../xen/addresses";

export const DRIFT_SCHEMA = "cdktf-xen/drift/v1";

/** Attributes never shown as rows: ids that change when a guest is re-created (reported as such). */
const ID_ATTRS = new Set(["id", "domid", "uuid"]);
/** Row order: the type first (flagged), then sizes, then the rest by name. */
const FIRST = ["effective_type", "type", "memory", "maxmem", "vcpus", "maxvcpus"];

export interface AttrChange {
  attribute: string;
  declared: unknown;
  actual: unknown;
}

export interface GuestDrift {
  address: string;
  host: string;
  name: string;
  /** gone: no longer on the host; recreated: started again (new domid) with other values; changed: same domain, other values. */
  status: "gone" | "recreated" | "changed";
  effective_type_changed: boolean;
  changes: AttrChange[];
  /** For recreated (and gone): the domain the state knew, and the one found now. */
  domid: { declared: unknown; actual: unknown };
  uuid: { declared: unknown; actual: unknown };
  /** The guest as the state knew it (for a gone guest, what went). */
  was: { effective_type: unknown; memory: unknown; vcpus: unknown };
}

export interface DriftReport {
  schema: typeof DRIFT_SCHEMA;
  status: "clean" | "drift";
  engine_version: string | null;
  summary: {
    guests: number;
    drifted: number;
    effective_type_changed: number;
    gone: number;
    recreated: number;
    changed: number;
  };
  hosts: { host: string; guests: GuestDrift[] }[];
  /** Drift of resources other than xen_domain: listed, not reported, not counted. */
  ignored: string[];
  /** Changes that are not drift (e.g. the same domain under a new domid after save/restore). */
  notes: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function attrOrder(a: string, b: string) {
  const ia = FIRST.indexOf(a), ib = FIRST.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return byText(a, b);
}

/** Device blocks: drift is shown per device (`disk[1]`), as the device it is. */
const DEVICE_LISTS = new Set(["disk", "vif"]);

/** One device in a few words: a disk by vdev and target, an interface by MAC and bridge. */
function deviceText(kind: string, d: unknown): string | null {
  if (!d || typeof d !== "object") return null;
  const o = d as Record<string, unknown>;
  const parts = kind === "disk" ? [o.vdev, o.target, o.access === "ro" ? "ro" : null, o.devtype] : [o.mac, o.bridge ? `bridge ${String(o.bridge)}` : null, o.rate];
  return parts.filter((x) => x !== null && x !== undefined && x !== "").map(String).join(" ");
}

/** A device without what is read from the guest, never drift (a vif's addresses). */
function asDeclared(d: unknown): unknown {
  if (!d || typeof d !== "object") return d;
  const o = { ...(d as Record<string, unknown>) };
  for (const n of VIF_READ_NAMES) delete o[n];
  return o;
}

function deviceChanges(kind: string, before: unknown, after: unknown): { attribute: string; declared: unknown; actual: unknown }[] {
  const a = Array.isArray(before) ? before : [], b = Array.isArray(after) ? after : [];
  const out: { attribute: string; declared: unknown; actual: unknown }[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (same(asDeclared(a[i]), asDeclared(b[i]))) continue;
    out.push({ attribute: `${kind}[${i}]`, declared: deviceText(kind, a[i]) ?? "(none)", actual: deviceText(kind, b[i]) ?? "(none)" });
  }
  return out;
}

function guestDrift(d: DriftEntry, notes: string[]): GuestDrift | null {
  const before = d.before ?? {};
  const after = d.after;
  const base = {
    address: d.address,
    host: String(before.host ?? after?.host ?? "(unknown host)"),
    name: String(before.name ?? after?.name ?? d.address),
    domid: { declared: before.domid ?? null, actual: after ? after.domid ?? null : null },
    uuid: { declared: before.uuid ?? null, actual: after ? after.uuid ?? null : null },
    was: { effective_type: before.effective_type ?? null, memory: before.memory ?? null, vcpus: before.vcpus ?? null },
  };
  if (!after || d.actions.includes("delete")) {
    return order({ ...base, status: "gone", effective_type_changed: false, changes: [] });
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !ID_ATTRS.has(k)).sort(attrOrder);
  const changes = keys.filter((k) => !same(before[k], after[k])).flatMap((k) =>
    DEVICE_LISTS.has(k) ? deviceChanges(k, before[k], after[k]) : [{ attribute: k, declared: before[k] ?? null, actual: after[k] ?? null }]);
  // The provider follows its guest by uuid, so a new domid with other values is that guest
  // started again out of band (from its config, which carries the uuid); a new domid alone is
  // a save/restore or a migration.
  const recreated = (before.uuid != null && after.uuid != null && before.uuid !== after.uuid)
    || (changes.length > 0 && before.domid != null && after.domid != null && !same(before.domid, after.domid));
  if (!recreated && !changes.length) {
    if (!same(before.domid, after.domid)) {
      notes.push(`${d.address} (${base.host}/${base.name}): same domain (uuid ${String(after.uuid)}) now has domid ${show(after.domid)}, was ${show(before.domid)} (saved and restored, or migrated); not drift`);
    }
    return null;
  }
  return order({
    ...base,
    status: recreated ? "recreated" : "changed",
    effective_type_changed: changes.some((c) => c.attribute === "effective_type"),
    changes,
  });
}

/** The documented key order of a guest in the JSON output. */
const order = (g: GuestDrift): GuestDrift => ({
  address: g.address, host: g.host, name: g.name, status: g.status, effective_type_changed: g.effective_type_changed,
  changes: g.changes, domid: g.domid, uuid: g.uuid, was: g.was,
});

const rank = (g: GuestDrift) => (g.effective_type_changed ? 0 : g.status === "gone" ? 1 : g.status === "recreated" ? 2 : 3);

export function driftReport(doc: ShowJson): DriftReport {
  const notes: string[] = [];
  const ignored: string[] = [];
  const drifted: GuestDrift[] = [];
  for (const d of doc.drift) {
    if (d.mode !== "managed" || d.type !== DOMAIN) {
      ignored.push(d.address);
      continue;
    }
    const g = guestDrift(d, notes);
    if (g) drifted.push(g);
  }
  const all = new Set([
    ...doc.current.filter((r) => r.mode === "managed" && r.type === DOMAIN).map((r) => r.address),
    ...doc.drift.filter((d) => d.mode === "managed" && d.type === DOMAIN).map((d) => d.address),
  ]);
  const hosts = [...new Set(drifted.map((g) => g.host))].sort().map((host) => ({
    host,
    guests: drifted.filter((g) => g.host === host).sort((a, b) => rank(a) - rank(b) || byText(a.name, b.name)),
  }));
  // Hosts where a guest's type changed come first.
  hosts.sort((a, b) => Number(b.guests.some((g) => g.effective_type_changed)) - Number(a.guests.some((g) => g.effective_type_changed)));
  return {
    schema: DRIFT_SCHEMA,
    status: drifted.length ? "drift" : "clean",
    engine_version: doc.engineVersion,
    summary: {
      guests: all.size,
      drifted: drifted.length,
      effective_type_changed: drifted.filter((g) => g.effective_type_changed).length,
      gone: drifted.filter((g) => g.status === "gone").length,
      recreated: drifted.filter((g) => g.status === "recreated").length,
      changed: drifted.filter((g) => g.status === "changed").length,
    },
    hosts,
    ignored,
    notes,
  };
}

function summaryLine(r: DriftReport): string {
  const s = r.summary;
  if (!s.drifted) return `No drift: ${plural(s.guests, "guest")} as recorded.`;
  const parts = [
    s.gone && `${s.gone} gone`,
    s.recreated && `${s.recreated} re-created out of band`,
    s.changed && `${s.changed} changed in place`,
  ].filter(Boolean).join(", ");
  const typed = s.effective_type_changed ? ` ${s.effective_type_changed} running as another type (!).` : "";
  return `Drift: ${s.drifted} of ${plural(s.guests, "guest")} on ${plural(r.hosts.length, "host")}: ${parts}.${typed}`;
}

/** One line per row: [guest, attribute, declared, actual], the guest only on its first row. */
function rows(g: GuestDrift): { attribute: string; flag: boolean; declared: string; actual: string }[] {
  const out: { attribute: string; flag: boolean; declared: string; actual: string }[] = [];
  if (g.status === "gone") {
    out.push({ attribute: "(guest)", flag: false, declared: wasText(g), actual: "(gone)" });
    return out;
  }
  for (const c of g.changes) out.push({ attribute: c.attribute, flag: c.attribute === "effective_type", declared: show(c.declared), actual: show(c.actual) });
  if (g.status === "recreated") {
    out.push({ attribute: "(re-created out of band)", flag: false, declared: `domid ${show(g.domid.declared)}`, actual: `domid ${show(g.domid.actual)}` });
  }
  return out;
}

function wasText(g: GuestDrift): string {
  return `${show(g.was.effective_type)}, ${show(g.was.memory)} MiB, domid ${show(g.domid.declared)}`;
}

export function renderDrift(r: DriftReport, format: Format): string {
  if (format === "json") return JSON.stringify(r, null, 2) + "\n";
  const lines: string[] = [];
  if (format === "markdown") {
    lines.push(r.status === "clean" ? "### ✅ Xen guests: no drift" : "### ⚠️ Xen guests: drift detected", "");
    for (const h of r.hosts) {
      lines.push(`#### Host ${mdCode(h.host)}`, "");
      const body: string[][] = [];
      for (const g of h.guests) {
        rows(g).forEach((row, i) => body.push([
          i === 0 ? mdCode(g.name) : "",
          row.flag ? `**${row.attribute}** ⚠️` : mdText(row.attribute),
          row.attribute.startsWith("(") ? mdText(row.declared) : mdCode(row.declared),
          row.actual === "(gone)" ? "**(gone)**" : row.attribute.startsWith("(") ? mdText(row.actual) : mdCode(row.actual),
        ]));
      }
      lines.push(...mdTable(["guest", "attribute", "declared", "actual"], body), "");
    }
    lines.push(`**Summary:** ${mdText(summaryLine(r))}`);
    if (r.notes.length) lines.push("", ...r.notes.map((n) => `- ${mdText(n)}`));
    if (r.ignored.length) lines.push("", `Other resources drifted (not reported here): ${r.ignored.map(mdCode).join(", ")}`);
    return lines.join("\n") + "\n";
  }
  lines.push(summaryLine(r));
  for (const h of r.hosts) {
    lines.push("", `host ${h.host}`);
    const body: string[][] = [["GUEST", "ATTRIBUTE", "DECLARED", "ACTUAL"]];
    for (const g of h.guests) {
      rows(g).forEach((row, i) => body.push([
        i === 0 ? show(g.name) : "",
        row.flag ? `${row.attribute} (!)` : row.attribute,
        row.declared,
        row.actual,
      ]));
    }
    lines.push(...table(body));
  }
  if (r.notes.length) lines.push("", ...r.notes.map((n) => `note: ${n}`));
  if (r.ignored.length) lines.push("", `other resources drifted (not reported): ${r.ignored.join(", ")}`);
  return lines.join("\n") + "\n";
}
