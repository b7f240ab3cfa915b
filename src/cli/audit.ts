// `cdktf-xen audit`: guests whose config says one type while they run as another, or
// say it in a way xl only reads by accident — the configs the toolstack asks users to
// fix ("Please fix your configuration file") — and what to write instead.
import { resolveDomain, rulesFor, specFromAttributes, xlReadsBuilder, xlReadsType, GUEST_TYPES, type GuestType } from "../xen";
import { byText, mdCode, mdTable, mdText, plural, show, table, type Format } from "./format";
import { factsFor, guestsOf, type FactFlags, type ShowJson } from "./tfjson";

export const AUDIT_SCHEMA = "cdktf-xen/audit/v1";

export type AuditReason = "converted" | "abbreviation" | "builder";

export interface AuditFinding {
  address: string;
  host: string;
  name: string;
  /** `type` as written; null when unset. */
  written: string | null;
  /** xl_config.builder as written, if any. */
  builder: string | null;
  /** The type xl reads from what is written. */
  reads_as: GuestType | null;
  /** What the guest runs as (state), or what the model says it will (plan). */
  effective_type: GuestType | null;
  reasons: AuditReason[];
  message: string;
  /** What to write instead: the type attribute, and whether leaving it unset is equivalent. */
  fix: { type: GuestType | null; or_remove_type: boolean; remove_builder: boolean };
  suggestion: string;
}

export interface AuditReport {
  schema: typeof AUDIT_SCHEMA;
  status: "clean" | "findings";
  guests: number;
  findings: AuditFinding[];
}

const asType = (v: unknown): GuestType | null => (typeof v === "string" && (GUEST_TYPES as readonly string[]).includes(v) ? (v as GuestType) : null);

export function auditReport(doc: ShowJson, flags: FactFlags = {}): AuditReport {
  const guests = guestsOf(doc, "planned");
  const findings: AuditFinding[] = [];
  for (const g of guests) {
    const v = g.values;
    const host = String(v.host ?? "");
    const written = typeof v.type === "string" ? v.type : null;
    const xl = v.xl_config && typeof v.xl_config === "object" ? (v.xl_config as Record<string, unknown>) : {};
    const builder = typeof xl.builder === "string" ? xl.builder : null;
    const readsAs = written !== null ? xlReadsType(written) : builder !== null ? xlReadsBuilder(builder) : null;
    let facts = null;
    try {
      facts = factsFor(doc, host, flags)?.facts ?? null;
    } catch {
      facts = null; // the audit does not need facts; they only sharpen the suggestion
    }
    let effective = asType(v.effective_type);
    if (!effective && facts) effective = resolveDomain(specFromAttributes(v), facts).effectiveType;

    const reasons: AuditReason[] = [];
    if (written !== null && readsAs && written !== readsAs) reasons.push("abbreviation");
    if (readsAs && effective && readsAs !== effective) reasons.push("converted");
    if (builder !== null) reasons.push("builder");
    if (!reasons.length) continue;

    const target = effective ?? readsAs;
    // Leaving type unset is the same when the target is the host's default type.
    let defaultType: GuestType | null = null;
    if (facts) defaultType = rulesFor(facts.machine).defaultType(facts.xenVersion);
    else if (readsAs === "pv" && effective === "pvh") defaultType = "pvh"; // only Arm 4.12+ converts pv to pvh
    const orRemove = target !== null && defaultType === target;

    const parts: string[] = [];
    if (reasons.includes("converted")) {
      parts.push(`written ${show(written ?? builder)} (xl reads ${readsAs}), runs as ${effective}` +
        (readsAs === "pv" && effective === "pvh" ? ": libxl converts PV Arm guests to PVH and asks to fix the config" : ""));
    }
    if (reasons.includes("abbreviation")) parts.push(`type ${JSON.stringify(written)} is an abbreviation xl reads as "${readsAs}"`);
    if (reasons.includes("builder")) parts.push(`xl_config.builder = ${JSON.stringify(builder)} is deprecated`);
    const fixText = [
      target ? `type = "${target}"` + (orRemove ? " (or remove type)" : "") : null,
      builder !== null ? "remove xl_config.builder" : null,
    ].filter(Boolean).join("; ");
    findings.push({
      address: g.address,
      host,
      name: String(v.name ?? g.address),
      written,
      builder,
      reads_as: readsAs,
      effective_type: effective,
      reasons,
      message: parts.join("; "),
      fix: { type: target, or_remove_type: orRemove, remove_builder: builder !== null },
      suggestion: fixText,
    });
  }
  findings.sort((a, b) => byText(a.host, b.host) || byText(a.name, b.name));
  return { schema: AUDIT_SCHEMA, status: findings.length ? "findings" : "clean", guests: guests.length, findings };
}

export function renderAudit(r: AuditReport, format: Format): string {
  if (format === "json") return JSON.stringify(r, null, 2) + "\n";
  const hosts = [...new Set(r.findings.map((f) => f.host))];
  const head = r.findings.length
    ? `${plural(r.findings.length, "guest")} of ${r.guests} written with a type xl reads differently or libxl converts.`
    : `No findings: the ${plural(r.guests, "guest")} say the type they run as.`;
  const lines: string[] = [];
  if (format === "markdown") {
    lines.push(r.findings.length ? "### ⚠️ Xen guest types to fix" : "### ✅ Xen guest types: nothing to fix", "");
    for (const h of hosts) {
      lines.push(`#### Host ${mdCode(h)}`, "");
      lines.push(...mdTable(["guest", "written", "runs as", "why", "write instead"], r.findings.filter((f) => f.host === h).map((f) => [
        mdCode(f.name), mdCode(show(f.written ?? (f.builder !== null ? `builder=${f.builder}` : null))), mdCode(show(f.effective_type)),
        mdText(f.message), mdText(f.suggestion),
      ])), "");
    }
    lines.push(`**Summary:** ${mdText(head)}`);
    return lines.join("\n") + "\n";
  }
  lines.push(head);
  for (const h of hosts) {
    lines.push("", `host ${h}`);
    lines.push(...table([["GUEST", "WRITTEN", "RUNS AS", "WRITE INSTEAD", "WHY"], ...r.findings.filter((f) => f.host === h).map((f) => [
      show(f.name), show(f.written ?? (f.builder !== null ? `builder=${f.builder}` : null)), show(f.effective_type), f.suggestion, f.message,
    ])]));
  }
  return lines.join("\n") + "\n";
}
