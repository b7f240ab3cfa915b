// Writing converted guests as code: HCL, Terraform's JSON configuration syntax (the shape
// cdktf synthesizes), and cdktf apps in TypeScript and Python using the package's
// constructs (XenHost, domain.Domain). One description of a guest (DomainArguments, in
// the attribute table's order) feeds all four. Pure: the CLI prints what these return.
import { camelCase, DOMAIN_BLOCKS, type DeviceArguments, type DomainArguments, type HostFacts } from "../xen";

export const CODE_FORMATS = ["hcl", "json", "typescript", "python"] as const;
export type CodeFormat = (typeof CODE_FORMATS)[number];

/** One guest to write: its label, arguments (host included), comment lines, and an import id for adoption. */
export interface GuestCode {
  label: string;
  args: DomainArguments;
  comments: string[];
  /** With an id, an `import` block (or importFrom) makes `terraform plan` adopt the running guest. */
  importId?: string;
}

/** The provider's host block skeleton: a plan-only host with declared facts. */
export interface HostCode {
  name: string;
  facts: HostFacts;
}

const RESOURCE = "xen_domain";
const BLOCKS: readonly string[] = DOMAIN_BLOCKS.map((b) => b.name);
const isBlock = (k: string, v: unknown): v is DeviceArguments[] => BLOCKS.includes(k) && Array.isArray(v);

const factsArgs = (f: HostFacts): Record<string, string> => ({
  arch: f.machine,
  xen_version: f.xenVersion.text,
  xen_caps: f.xenCaps.join(" "),
  ...(f.virtCaps.length ? { virt_caps: f.virtCaps.join(" ") } : {}),
});

// ------------------------------------------------------------------------------ HCL

/** An HCL string literal: JSON's escapes, and template sequences (`${`, `%{`) doubled. */
export function hclString(s: string): string {
  return JSON.stringify(s).replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

function hclValue(v: unknown, indent: string): string {
  if (typeof v === "string") return hclString(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, string>);
    if (!entries.length) return "{}";
    const rows = entries.map(([k, x]) => [hclString(k), mapValue(k, x)] as const);
    const w = Math.max(...rows.map(([k]) => k.length));
    return `{\n${rows.map(([k, x]) => `${indent}  ${k.padEnd(w)} = ${x}`).join("\n")}\n${indent}}`;
  }
  throw new Error(`no HCL for ${JSON.stringify(v)}`);
}

/** An xl_config value: a list (JSON text) as jsonencode([...]), anything else as a string. */
function mapValue(key: string, v: string): string {
  if (v.startsWith("[")) {
    try {
      const list = JSON.parse(v) as unknown;
      if (Array.isArray(list) && list.every((e) => typeof e === "string")) return `jsonencode([${list.map(hclString).join(", ")}])`;
    } catch { /* not JSON: a string */ }
  }
  return hclString(v);
}

/** `key = value` lines, the `=` aligned as `terraform fmt` does. */
function hclAttributes(pairs: [string, unknown][], indent: string): string[] {
  const w = Math.max(0, ...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent}${k.padEnd(w)} = ${hclValue(v, indent)}`);
}

function hclBody(args: Record<string, unknown>, indent: string): string[] {
  const attrs = Object.entries(args).filter(([k, v]) => !isBlock(k, v));
  const lines = hclAttributes(attrs, indent);
  for (const [k, v] of Object.entries(args)) {
    if (!isBlock(k, v)) continue;
    for (const d of v) {
      lines.push("", `${indent}${k} {`, ...hclAttributes(Object.entries(d), indent + "  "), `${indent}}`);
    }
  }
  return lines;
}

const hashComments = (lines: string[], prefix = "# ") => lines.map((l) => prefix + l);

function hclProvider(host: HostCode): string[] {
  return [
    "terraform {",
    "  required_providers {",
    '    xen = { source = "xen-cdk/xen" }',
    "  }",
    "}",
    "",
    'provider "xen" {',
    "  host {",
    `    name = ${hclString(host.name)}`,
    "    # Plan-only as written (declared facts, no address). To apply, add how to reach dom0:",
    '    # address     = "192.0.2.10"',
    '    # private_key = file("~/.ssh/id_ed25519")',
    '    # host_key    = "ssh-ed25519 AAAA..."   # or known_hosts_file = "~/.ssh/known_hosts"',
    "    facts {",
    ...hclAttributes(Object.entries(factsArgs(host.facts)), "      "),
    "    }",
    "  }",
    "}",
  ];
}

export function renderHcl(guests: GuestCode[], host: HostCode | null, header: string[]): string {
  const out: string[] = hashComments(header);
  if (host) out.push("", ...hclProvider(host));
  for (const g of guests) {
    out.push("");
    out.push(...hashComments(g.comments));
    out.push(`resource "${RESOURCE}" "${g.label}" {`, ...hclBody(g.args, "  "), "}");
    if (g.importId !== undefined) out.push("", "import {", `  to = ${RESOURCE}.${g.label}`, `  id = ${hclString(g.importId)}`, "}");
  }
  return out.join("\n") + "\n";
}

// ----------------------------------------------------------------------------- JSON

/** Terraform's JSON configuration syntax; "//" properties are its comments. */
export function renderJson(guests: GuestCode[], host: HostCode | null, header: string[]): string {
  const doc: Record<string, unknown> = {};
  if (header.length) doc["//"] = header.join("\n");
  if (host) {
    doc.terraform = { required_providers: { xen: { source: "xen-cdk/xen" } } };
    doc.provider = { xen: [{ host: [{ name: host.name, facts: factsArgs(host.facts) }] }] };
  }
  if (guests.length) {
    doc.resource = {
      [RESOURCE]: Object.fromEntries(guests.map((g) => [g.label, { ...(g.comments.length ? { "//": g.comments.join("\n") } : {}), ...g.args }])),
    };
  }
  const imports = guests.filter((g) => g.importId !== undefined);
  if (imports.length) doc.import = imports.map((g) => ({ to: `${RESOURCE}.${g.label}`, id: g.importId }));
  return JSON.stringify(doc, null, 2) + "\n";
}

// ------------------------------------------------------------------ TypeScript, Python

const ARCH_MEMBER: Record<string, string> = { x86_64: "X86_64", aarch64: "AARCH64", armv7l: "ARMV7L" };
/** A name for the host's variable in the generated app. */
const hostVar = (name: string) => {
  const v = name.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^([0-9])/, "_$1");
  return v === "app" || v === "stack" ? `${v}_host` : v;
};

type Lang = "typescript" | "python";

/** A value as a literal of the language: JSON's string escapes are both languages' too. */
function literal(v: unknown, lang: Lang): string {
  if (typeof v === "boolean") return lang === "python" ? (v ? "True" : "False") : String(v);
  if (typeof v === "number" || typeof v === "string") return JSON.stringify(v);
  if (v && typeof v === "object" && !Array.isArray(v)) {
    return `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${literal(x, lang)}`).join(", ")} }`;
  }
  throw new Error(`no literal for ${JSON.stringify(v)}`);
}

/** Python's keyword argument names: the attribute's own (snake_case); TypeScript's: camelCase, as the bindings name them. */
const propName = (k: string, lang: Lang) => (lang === "python" ? k : camelCase(k));
const BLOCK_CLASS: Record<string, string> = { disk: "DomainDisk", vif: "DomainVif" };

function device(d: DeviceArguments, kind: string, lang: Lang): string {
  const entries = Object.entries(d);
  if (lang === "python") return `domain.${BLOCK_CLASS[kind]}(${entries.map(([k, v]) => `${k}=${literal(v, lang)}`).join(", ")})`;
  return entries.length ? `{ ${entries.map(([k, v]) => `${camelCase(k)}: ${literal(v, lang)}`).join(", ")} }` : "{}";
}

function constructArgs(g: GuestCode, hostRef: string | null, lang: Lang, indent: string): string[] {
  return Object.entries(g.args).map(([k, v]) => {
    const value = k === "host" && hostRef ? hostRef
      : isBlock(k, v) ? `[\n${v.map((d) => `${indent}  ${device(d, k, lang)},`).join("\n")}\n${indent}]`
        : literal(v, lang);
    return lang === "python" ? `${indent}${propName(k, lang)}=${value},` : `${indent}${propName(k, lang)}: ${value},`;
  });
}

export function renderApp(guests: GuestCode[], host: HostCode | null, header: string[], lang: Lang): string {
  const c = lang === "python" ? "# " : "// ";
  const out: string[] = header.map((h) => c + h);
  const hv = host ? hostVar(host.name) : null;
  if (lang === "typescript") {
    out.push('import { App, TerraformStack } from "cdktf";', `import { domain${host ? ", XenArch, XenHost" : ""} } from "cdktf-xen";`, "",
      "const app = new App();", 'const stack = new TerraformStack(app, "xen");');
    if (host && hv) {
      out.push(`// Plan-only as written (declared facts, no address): add address, privateKey and hostKey to apply.`,
        `const ${hv} = new XenHost(stack, ${JSON.stringify(host.name)}, {`,
        `  facts: { arch: XenArch.${ARCH_MEMBER[host.facts.machine]}, xenVersion: ${JSON.stringify(host.facts.xenVersion.text)}, xenCaps: ${JSON.stringify(host.facts.xenCaps.join(" "))} },`,
        "});");
    }
    for (const g of guests) {
      out.push("", ...g.comments.map((l) => c + l));
      const v = g.importId !== undefined ? `const ${g.label} = ` : "";
      out.push(`${v}new domain.Domain(stack, ${JSON.stringify(g.label)}, {`, ...constructArgs(g, hv ? `${hv}.name` : null, lang, "  "), "});");
      if (g.importId !== undefined) out.push(`${g.label}.importFrom(${JSON.stringify(g.importId)});`);
    }
    out.push("", "app.synth();");
  } else {
    out.push("from cdktf import App, TerraformStack", `from cdktf_xen import domain${host ? ", XenArch, XenHost, XenHostFacts" : ""}`, "",
      "app = App()", 'stack = TerraformStack(app, "xen")');
    if (host && hv) {
      out.push("# Plan-only as written (declared facts, no address): add address, private_key and host_key to apply.",
        `${hv} = XenHost(stack, ${JSON.stringify(host.name)}, facts=XenHostFacts(arch=XenArch.${ARCH_MEMBER[host.facts.machine]}, ` +
        `xen_version=${JSON.stringify(host.facts.xenVersion.text)}, xen_caps=${JSON.stringify(host.facts.xenCaps.join(" "))}))`);
    }
    for (const g of guests) {
      out.push("", ...g.comments.map((l) => c + l));
      const v = g.importId !== undefined ? `${g.label} = ` : "";
      out.push(`${v}domain.Domain(`, `    stack, ${JSON.stringify(g.label)},`, ...constructArgs(g, hv ? `${hv}.name` : null, lang, "    "), ")");
      if (g.importId !== undefined) out.push(`${g.label}.import_from(${JSON.stringify(g.importId)})`);
    }
    out.push("", "app.synth()");
  }
  return out.join("\n") + "\n";
}

export function renderCode(format: CodeFormat, guests: GuestCode[], host: HostCode | null, header: string[]): string {
  switch (format) {
    case "hcl": return renderHcl(guests, host, header);
    case "json": return renderJson(guests, host, header);
    default: return renderApp(guests, host, header, format);
  }
}
