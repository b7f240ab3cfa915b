// The xen_domain attribute rows (src/xen/attributes.ts) are the one description of an
// attribute: this file proves that every row reaches the provider's schema (type,
// required/optional/computed, replacement, kept state, description), the registry page
// (docs/resources/domain.md), and the model (xl.cfg order, string, path and
// architecture checks, allowed values) — and that a row added to the table is carried
// by the schema, the docs and the constructs' props without any other edit. The
// constructs' side (generated props, enums, synth) is test/constructs/guest-props.test.ts.
// Pure: no host, no engine (the docs page is the checked-in one, kept current by test/docs).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DOMAIN_BLOCKS, describeAttribute, DOMAIN_ATTRIBUTES, FIRST_CLASS_KEYS, GUEST_TYPES, LIFECYCLE_ACTIONS, lookupKey, renderValue, resolveDomain,
  specFromAttributes, XL_CFG_ATTRIBUTES, type DomainAttribute, type DomainSpec,
} from "../../src/xen";
import { attributesOf, domainSchema } from "../../src/resources/xen-domain-schema";
import { host } from "./helpers";
// @ts-ignore: plain ES module scripts, without type declarations
import * as docs from "../../scripts/gen-docs.mjs";
// @ts-ignore
import * as constructs from "../../scripts/gen-constructs.mjs";

const ROOT = join(__dirname, "../..");
const x86 = host("x86_64", "4.17.7");
const arm = host("aarch64", "4.17.7");
const base: DomainSpec = { name: "g", memory: 128, kernel: "/boot/vmlinuz" };
const ROWS: readonly DomainAttribute[] = DOMAIN_ATTRIBUTES;

/** A valid value for a row, and the guest around it (firmware needs the kernel gone). */
function sample(a: DomainAttribute): Partial<DomainSpec> & Record<string, unknown> {
  const v = a.values?.[0] ?? (a.type === "number" ? (a.name === "memory" ? 256 : 4) : a.type === "bool" ? true
    : a.hostPath ? "/var/lib/xen/x" : `${a.name}-value`);
  // A pv/pvh guest's firmware is pvgrub32 or pvgrub64 and nothing else (tools/xl/xl_parse.c:2157@RELEASE-4.22.0).
  return a.name === "firmware" ? { kernel: null, firmware: "pvgrub64" } : { [a.name]: v };
}

/** A framework schema in the shape `providers schema -json` prints, for the docs renderer. */
function schemaJson(block: typeof domainSchema.block): any {
  return {
    attributes: Object.fromEntries(Object.entries(block.attributes).map(([n, a]) => [n, {
      type: a.type, description: a.description, description_kind: "markdown",
      ...(a.required ? { required: true } : {}), ...(a.optional ? { optional: true } : {}),
      ...(a.computed ? { computed: true } : {}), ...(a.sensitive ? { sensitive: true } : {}),
    }])),
    block_types: Object.fromEntries(Object.entries(block.blocks ?? {}).map(([n, b]) => [n, { nesting_mode: b.nesting, block: schemaJson(b.block) }])),
    description: block.description,
  };
}
const docPage = (block: typeof domainSchema.block): string => docs.renderDocs({
  provider_schemas: { "registry.terraform.io/xen-cdk/xen": { provider: { block: {} }, resource_schemas: { xen_domain: { block: schemaJson(block) } } } },
})["resources/domain.md"];

describe("every row is in the provider's schema", () => {
  const attrs = domainSchema.block.attributes;
  it("and nothing else is an attribute", () => {
    expect(Object.keys(attrs).sort()).toEqual(ROWS.map((a) => a.name).sort());
  });
  it.each(ROWS.map((a) => [a.name, a] as const))("%s", (name, a) => {
    const s = attrs[name];
    expect(s.type).toEqual(a.type === "string-map" ? ["map", "string"] : a.type);
    expect([!!s.required, !!s.optional, !!s.computed]).toEqual({
      required: [true, false, false], optional: [false, true, false], "optional-computed": [false, true, true], computed: [false, false, true],
    }[a.use]);
    expect(!!s.requiresReplace).toBe(a.change === "replace");
    expect(!!s.useStateForUnknown).toBe(!!a.keepsState);
    expect(!!s.sensitive).toBe(!!a.sensitive);
    expect(s.description).toBe(describeAttribute(a));
    for (const v of a.values ?? []) expect(s.description).toContain("`" + v + "`");
    if (a.use !== "computed" && a.change === "replace") expect(s.description).toContain("Changing it replaces the domain.");
    if (a.default) expect(s.description).toContain(`Default: ${a.default.text}.`);
  });
});

describe("every row is on the registry page (docs/resources/domain.md)", () => {
  const page = readFileSync(join(ROOT, "docs/resources/domain.md"), "utf8");
  it.each(ROWS.map((a) => [a.name, a] as const))("%s", (name, a) => {
    expect(page).toContain(`- \`${name}\` (`);
    expect(page).toContain(describeAttribute(a));
  });
});

describe("allowed values are one list, for the description and the check", () => {
  it("gic_version: the values xl takes, and never \"native\" (refused by xl on the test hosts)", () => {
    const d = domainSchema.block.attributes.gic_version.description;
    expect(d).toContain("`default`, `v2`, `v3`");
    expect(d).not.toContain("native");
    for (const v of ["default", "v2", "v3", "V3"]) {
      expect(resolveDomain({ ...base, gic_version: v }, arm).findings.filter((f) => f.severity === "error"), v).toEqual([]);
    }
    expect(resolveDomain({ ...base, gic_version: "native" }, arm).findings.map((f) => f.summary)).toContain('Invalid gic_version "native"');
  });
  it.each(ROWS.filter((a) => a.values && a.use !== "computed").map((a) => [a.name, a] as const))("%s: every listed value is accepted", (_n, a) => {
    const facts = a.arch === "arm" ? arm : x86;
    for (const v of a.values!) {
      const r = resolveDomain({ ...base, [a.name]: v } as DomainSpec, facts);
      expect(r.findings.filter((f) => f.severity === "error" && JSON.stringify(f.path) === JSON.stringify([a.name])), `${a.name} = ${v}`).toEqual([]);
    }
  });
  it("the lists are the model's own", () => {
    expect(ROWS.find((a) => a.name === "type")!.values).toBe(GUEST_TYPES);
    expect(ROWS.filter((a) => a.values === LIFECYCLE_ACTIONS).map((a) => a.name)).toEqual(["on_poweroff", "on_reboot", "on_crash"]);
  });
});

describe("every xl.cfg row is in the model", () => {
  it("xl.cfg carries each one under its own name, in the rows' order", () => {
    const all = XL_CFG_ATTRIBUTES.filter((a) => a.name !== "firmware").reduce((s, a) => ({ ...s, ...sample(a) }), {});
    const r = resolveDomain({ ...base, ...all, type: "pvh", pvshim: true } as DomainSpec, x86);
    expect(r.config).not.toBeNull();
    const keys = r.config!.split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split(" = ")[0]);
    expect(keys).toEqual(XL_CFG_ATTRIBUTES.map((a) => a.name).filter((n) => n !== "firmware"));
  });
  it.each(XL_CFG_ATTRIBUTES.map((a) => [a.name, a] as const))("%s: written as set, and an attribute xl_config refuses", (name, a) => {
    const spec = { ...base, ...sample(a) } as DomainSpec;
    const r = resolveDomain(spec, a.arch === "arm" ? arm : x86);
    const v = (spec as Record<string, unknown>)[name];
    expect(r.config, JSON.stringify(r.findings)).toContain(`\n${name} = ${renderValue(typeof v === "boolean" ? (v ? 1 : 0) : (v as string | number))}\n`);
    expect(FIRST_CLASS_KEYS).toContain(name);
    const moved = resolveDomain({ ...base, xl_config: { [name]: "1" } }, x86);
    expect(moved.findings.find((f) => JSON.stringify(f.path) === JSON.stringify(["xl_config", { key: name }]))?.summary).toBe(`Set ${name} as an attribute, not in xl_config`);
  });
  it.each(XL_CFG_ATTRIBUTES.filter((a) => a.type === "string").map((a) => [a.name] as const))("%s: a control character is refused on it", (name) => {
    const r = resolveDomain({ ...base, [name]: "a\nb" } as DomainSpec, x86);
    expect(r.findings.some((f) => f.severity === "error" && f.path?.[0] === name && f.summary.includes("control character"))).toBe(true);
  });
  it.each(ROWS.filter((a) => a.hostPath).map((a) => [a.name, a] as const))("%s: a relative path on the host warns", (name, a) => {
    const r = resolveDomain({ ...base, [name]: "relative/file" } as DomainSpec, a.arch === "arm" ? arm : x86);
    expect(r.findings.some((f) => f.severity === "warning" && f.path?.[0] === name && f.summary.includes("relative path"))).toBe(true);
  });
  // The other architecture's fate is the key table's rule: pvshim makes xl create fail on Arm
  // (real host, 4.17: no xen-shim, exit 3); the others are accepted and dropped there.
  const REFUSED_ELSEWHERE = ["pvshim"];
  it.each(ROWS.filter((a) => a.arch).map((a) => [a.name, a] as const))("%s: its architecture is xl's, and the other one warns or refuses", (name, a) => {
    expect(a.arch).toBe(lookupKey(name)?.arch);
    const other = a.arch === "arm" ? x86 : arm;
    const f = resolveDomain({ ...base, ...sample(a) } as DomainSpec, other).findings.filter((x) => x.path?.[0] === name);
    expect(f.map((x) => x.severity)).toEqual([REFUSED_ELSEWHERE.includes(name) ? "error" : "warning"]);
  });
  it("specFromAttributes reads exactly the rows that reach xl.cfg or xl_config, and the device blocks", () => {
    const everything = Object.fromEntries(ROWS.map((a) => [a.name, a.type === "number" ? 1 : a.type === "bool" ? true : a.type === "string-map" ? {} : "x"]));
    expect(Object.keys(specFromAttributes(everything)).sort())
      .toEqual([...ROWS.filter((a) => a.carrier === "xl.cfg" || a.carrier === "xl_config").map((a) => a.name), ...DOMAIN_BLOCKS.map((b) => b.name)].sort());
  });
});

describe("a new attribute is one row", () => {
  // A row as one would add it, for a key xl reads (xl.cfg `max_grant_frames`).
  const row: DomainAttribute = {
    name: "max_grant_frames", type: "number", use: "optional", change: "replace", carrier: "xl.cfg",
    description: "Grant table size limit in frames.", default: { text: "xl's (64)" }, template: {},
  };
  const rows = [...ROWS, row];

  it("the schema has it, with its replacement and description", () => {
    const s = attributesOf(rows).max_grant_frames;
    expect(s).toMatchObject({ type: "number", optional: true, computed: false, requiresReplace: true });
    expect(s.description).toBe("Grant table size limit in frames. Changing it replaces the domain. Default: xl's (64).");
  });

  it("the registry page lists it", () => {
    const page = docPage({ ...domainSchema.block, attributes: attributesOf(rows) });
    expect(page).toContain("- `max_grant_frames` (Number) Grant table size limit in frames. Changing it replaces the domain. Default: xl's (64).");
  });

  it("the constructs' guest props carry it, documented with its @default", async () => {
    const m = await constructs.loadRows();
    const text: string = constructs.render({ ...m, DOMAIN_ATTRIBUTES: rows });
    expect(text).toMatch(/Grant table size limit in frames\. Changing it replaces the domain\.\n\s+\*\n\s+\* @default - xl's \(64\)\n\s+\*\/\n\s+readonly maxGrantFrames\?: number;/);
    expect(constructs.render(m)).not.toContain("maxGrantFrames");
  });
});
