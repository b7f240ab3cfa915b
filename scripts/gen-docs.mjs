#!/usr/bin/env node
// Registry documentation (the layout terraform-plugin-docs uses: docs/index.md,
// docs/resources/<name>.md, docs/data-sources/<name>.md), rendered from the
// provider's OWN schema as the engine reports it, plus the examples under
// examples/registry/. Nothing about attributes is written by hand here, so the
// pages cannot drift from the schema.
//
//   node scripts/gen-docs.mjs                 (re)write the pages under docs/
//   node scripts/gen-docs.mjs --out DIR       write them under DIR instead (the docs test)
//   node scripts/gen-docs.mjs --schema FILE   render from a saved `providers schema -json`
//   node scripts/gen-docs.mjs --engine BIN    ask this terraform/tofu binary for the schema
//   node scripts/gen-docs.mjs --build         rebuild bin/ first (otherwise only when missing)
//
// The schema comes from `<engine> providers schema -json` through dev_overrides
// pointing at bin/ (no init, no registry, no network), as in gen-bindings.mjs.
// Engine: --engine, else $TERRAFORM_BINARY_NAME, else terraform ($CDKTF_XEN_TERRAFORM
// or PATH), else tofu ($CDKTF_XEN_TOFU or PATH). terraform and tofu give the same
// schema; only the provider's registry host differs, and it is not used here.
//
// Output is deterministic: attributes and blocks sorted by name inside each
// section, nested schemas in depth-first order, LF line ends, one final newline.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const EXAMPLES = join(ROOT, "examples/registry");
export const PROVIDER_SOURCE = "xen-cdk/xen";
const PROVIDER_NAME = "xen";
const PROVIDER_BINARY = "terraform-provider-xen";

// ---------------------------------------------------------------- the schema

/** `provider_installation` with dev_overrides for both engines' names of the provider. */
export function devOverridesRc(providerDir = join(ROOT, "bin")) {
  return `provider_installation {
  dev_overrides {
    "registry.terraform.io/${PROVIDER_SOURCE}" = "${providerDir}"
    "registry.opentofu.org/${PROVIDER_SOURCE}" = "${providerDir}"
  }
  direct {}
}
`;
}

const runs = (bin) => {
  const r = spawnSync(bin, ["version"], { stdio: "ignore", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  return !r.error && r.status === 0;
};

/** Engines on this machine, terraform first: [{ name, path }]. */
export function findEngines(env = process.env) {
  const out = [];
  const tf = env.CDKTF_XEN_TERRAFORM || "terraform";
  if (runs(tf)) out.push({ name: "terraform", path: tf });
  const tofu = env.CDKTF_XEN_TOFU || "tofu";
  if (runs(tofu)) out.push({ name: "tofu", path: tofu });
  return out;
}

/** The engine the schema is asked from (see the header). */
export function defaultEngine(env = process.env) {
  if (env.TERRAFORM_BINARY_NAME) return env.TERRAFORM_BINARY_NAME;
  const [first] = findEngines(env);
  if (!first) {
    throw new Error("gen-docs: no engine found: put terraform on PATH, or run `eval \"$(scripts/setup.sh)\"` " +
      "(sets CDKTF_XEN_TOFU), or set TERRAFORM_BINARY_NAME, or pass --schema FILE");
  }
  return first.path;
}

/** bin/ as `npm run build` makes it; built when missing (or always with force). */
export function ensureBuilt(force = false) {
  if (force || !existsSync(join(ROOT, "bin", PROVIDER_BINARY))) {
    execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
  }
}

/** `providers schema -json` of the provider in bin/, from the given engine. */
export function schemaFromEngine(engine = defaultEngine()) {
  const work = mkdtempSync(join(tmpdir(), "xen-docs-schema-"));
  try {
    writeFileSync(join(work, "dev.tfrc"), devOverridesRc());
    writeFileSync(join(work, "main.tf.json"), JSON.stringify({
      terraform: { required_providers: { [PROVIDER_NAME]: { source: PROVIDER_SOURCE } } },
    }));
    const r = spawnSync(engine, ["providers", "schema", "-json"], {
      cwd: work, encoding: "utf8", maxBuffer: 64 << 20,
      env: { ...process.env, TF_CLI_CONFIG_FILE: join(work, "dev.tfrc"), CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" },
    });
    if (r.error || r.status !== 0) {
      throw new Error(`gen-docs: \`${engine} providers schema -json\` failed: ${r.error?.message ?? r.stderr}`);
    }
    return JSON.parse(r.stdout);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The provider's entry of a `providers schema -json` document, whatever registry host the engine names. */
export function providerEntry(doc) {
  const entries = Object.entries(doc.provider_schemas ?? {}).filter(([k]) => k.endsWith(`/${PROVIDER_SOURCE}`));
  if (entries.length !== 1) throw new Error(`gen-docs: expected one ${PROVIDER_SOURCE} in the schema, found ${entries.length}`);
  return entries[0][1];
}

// ---------------------------------------------------------------- rendering

const PRIMITIVES = { string: "String", number: "Number", bool: "Boolean", dynamic: "Dynamic" };

/** A cty type the way the registry docs write it: `Map of String`, `List of Object`... */
export function typeName(t) {
  if (typeof t === "string") return PRIMITIVES[t] ?? t;
  const [kind, inner] = t;
  if (kind === "list" || kind === "set" || kind === "map") return `${kind[0].toUpperCase()}${kind.slice(1)} of ${typeName(inner)}`;
  if (kind === "object") return "Object";
  if (kind === "tuple") return "Tuple";
  return String(kind);
}

/** The attribute types of the object a type holds (an object, or a collection of them), else null. */
function objectFields(t) {
  if (!Array.isArray(t)) return null;
  if (t[0] === "object") return t[1];
  return ["list", "set", "map"].includes(t[0]) ? objectFields(t[1]) : null;
}

const NESTING = { single: "", list: " List", set: " Set", map: " Map", group: "" };

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function attrGroup(a) {
  if (a.required) return "Required";
  if (a.optional) return "Optional";
  return "Read-Only";
}

/** Whether everything under a block is computed-only. */
function allReadOnly(block) {
  const attrs = Object.values(block.attributes ?? {});
  const blocks = Object.values(block.block_types ?? {});
  return attrs.every((a) => attrGroup(a) === "Read-Only") && blocks.every((b) => allReadOnly(b.block ?? {}));
}

function blockGroup(b) {
  if ((b.min_items ?? 0) > 0) return "Required";
  return allReadOnly(b.block ?? {}) ? "Read-Only" : "Optional";
}

const GROUPS = ["Required", "Optional", "Read-Only"];

/**
 * The children of a block (or of an object type, or of a nested attribute type) as
 * list lines grouped into Required / Optional / Read-Only, and the nested schemas
 * they point to, in order.
 */
function children(node, path) {
  const items = [];
  for (const [name, a] of Object.entries(node.attributes ?? {})) {
    const p = [...path, name];
    const flags = [];
    let nested = null;
    if (a.nested_type) {
      const nt = a.nested_type;
      flags.push(`Attributes${NESTING[nt.nesting_mode] ?? ""}`);
      nested = { id: `nestedatt--${p.join("--")}`, path: p, node: { attributes: nt.attributes, block_types: {} } };
    } else {
      flags.push(typeName(a.type));
      const fields = objectFields(a.type);
      if (fields) nested = { id: `nestedatt--${p.join("--")}`, path: p, node: { fields, group: attrGroup(a) } };
    }
    if (a.sensitive) flags.push("Sensitive");
    if (a.deprecated) flags.push("Deprecated");
    items.push({ name, group: attrGroup(a), flags, description: a.description, nested });
  }
  for (const [name, a] of Object.entries(node.fields ?? {})) {
    const p = [...path, name];
    const fields = objectFields(a);
    const nested = fields ? { id: `nestedobjatt--${p.join("--")}`, path: p, node: { fields, group: node.group } } : null;
    items.push({ name, group: node.group, flags: [typeName(a)], description: "", nested });
  }
  for (const [name, b] of Object.entries(node.block_types ?? {})) {
    const p = [...path, name];
    const group = blockGroup(b);
    let kind = `Block${NESTING[b.nesting_mode] ?? ""}`;
    if (b.nesting_mode === "single" || b.nesting_mode === "group") kind += `, ${group === "Read-Only" ? "Read-only" : group}`;
    const flags = [kind];
    if ((b.min_items ?? 0) > 0 && b.nesting_mode !== "single") flags.push(`Min: ${b.min_items}`);
    if ((b.max_items ?? 0) > 0 && b.nesting_mode !== "single") flags.push(`Max: ${b.max_items}`);
    if (b.block?.deprecated) flags.push("Deprecated");
    items.push({
      name, group, flags, description: b.block?.description ?? "",
      nested: { id: `nestedblock--${p.join("--")}`, path: p, node: b.block ?? {} },
    });
  }
  items.sort(byName);
  return items;
}

function itemLine(it) {
  let line = `- \`${it.name}\` (${it.flags.join(", ")})`;
  const text = (it.description ?? "").trim();
  if (text) line += ` ${text}`;
  if (it.nested) line += ` (see [below for nested schema](#${it.nested.id}))`;
  return line;
}

/** A block's schema: its own sections, then every nested schema below it, depth first. */
function schemaSections(node, path, top) {
  const items = children(node, path);
  const out = [];
  for (const g of GROUPS) {
    const lines = items.filter((i) => i.group === g).map(itemLine);
    if (!lines.length) continue;
    out.push(top ? `### ${g}` : `${g}:`, "", ...lines, "");
  }
  for (const it of items) {
    if (!it.nested) continue;
    out.push(`<a id="${it.nested.id}"></a>`, `### Nested Schema for \`${it.nested.path.join(".")}\``, "");
    out.push(...schemaSections(it.nested.node, it.nested.path, false));
  }
  return out;
}

/** Markdown to the plain text the front matter carries. */
const plainText = (s) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/`/g, "").trim();

function readExample(rel) {
  const file = join(EXAMPLES, rel);
  return existsSync(file) ? readFileSync(file, "utf8").replace(/\r\n/g, "\n").trim() : null;
}

const fence = (lang, text) => [`\`\`\`${lang}`, text, "```", ""];

function page({ title, heading, schema, example, importExample }) {
  const description = (schema.block?.description ?? "").trim();
  const out = [
    "---",
    "# Generated by scripts/gen-docs.mjs from the provider's schema and examples/registry/.",
    "# Do not edit: change the schema or the example, then run `npm run gen:docs`.",
    `page_title: ${JSON.stringify(title)}`,
    'subcategory: ""',
    "description: |-",
    ...(plainText(description) || title).split("\n").map((l) => `  ${l}`.trimEnd()),
    "---",
    "",
    `# ${heading}`,
    "",
  ];
  if (description) out.push(description, "");
  if (example) out.push("## Example Usage", "", ...fence("terraform", example));
  out.push("<!-- schema generated by scripts/gen-docs.mjs -->", "## Schema", "");
  const sections = schemaSections(schema.block ?? {}, [], true);
  out.push(...(sections.length ? sections : ["This has no arguments or attributes.", ""]));
  if (importExample) {
    out.push("## Import", "", "An existing object is imported by the value of its `id` attribute:", "", ...fence("shell", importExample));
  }
  while (out[out.length - 1] === "") out.pop();
  return out.join("\n") + "\n";
}

/** Every page, as { "index.md": text, "resources/xen_domain.md": text, ... }, from a schema document. */
export function renderDocs(doc) {
  const p = providerEntry(doc);
  const sorted = (o) => Object.keys(o ?? {}).sort();
  const pages = {};
  pages["index.md"] = page({
    title: `${PROVIDER_NAME} Provider`,
    heading: `${PROVIDER_NAME} Provider`,
    schema: p.provider ?? { block: {} },
    example: readExample("provider/provider.tf"),
  });
  const short = (name) => name.replace(new RegExp(`^${PROVIDER_NAME}_`), "");
  for (const name of sorted(p.resource_schemas)) {
    pages[`resources/${short(name)}.md`] = page({
      title: `${name} Resource - ${PROVIDER_BINARY}`,
      heading: `${name} (Resource)`,
      schema: p.resource_schemas[name],
      example: readExample(`resources/${name}/resource.tf`),
      importExample: readExample(`resources/${name}/import.sh`),
    });
  }
  for (const name of sorted(p.data_source_schemas)) {
    pages[`data-sources/${short(name)}.md`] = page({
      title: `${name} Data Source - ${PROVIDER_BINARY}`,
      heading: `${name} (Data Source)`,
      schema: p.data_source_schemas[name],
      example: readExample(`data-sources/${name}/data-source.tf`),
    });
  }
  return pages;
}

/** The files of examples/registry/ a page embeds, relative to that folder, for every page. */
export function exampleFiles(doc) {
  const p = providerEntry(doc);
  const files = ["provider/provider.tf"];
  for (const name of Object.keys(p.resource_schemas ?? {}).sort()) files.push(`resources/${name}/resource.tf`, `resources/${name}/import.sh`);
  for (const name of Object.keys(p.data_source_schemas ?? {}).sort()) files.push(`data-sources/${name}/data-source.tf`);
  return files.filter((f) => existsSync(join(EXAMPLES, f)));
}

// ---------------------------------------------------------------- command line

async function main(args) {
  const opt = (f) => {
    const i = args.indexOf(f);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = resolve(opt("--out") ?? join(ROOT, "docs"));
  let doc;
  if (opt("--schema")) {
    doc = JSON.parse(readFileSync(resolve(opt("--schema")), "utf8"));
  } else {
    ensureBuilt(args.includes("--build"));
    doc = schemaFromEngine(opt("--engine") ?? defaultEngine());
  }
  const pages = renderDocs(doc);
  // resources/ and data-sources/ hold generated pages only: drop those of removed types.
  for (const sub of ["resources", "data-sources"]) {
    if (!existsSync(join(out, sub))) continue;
    for (const f of readdirSync(join(out, sub))) {
      if (f.endsWith(".md") && !(`${sub}/${f}` in pages)) rmSync(join(out, sub, f));
    }
  }
  for (const [rel, text] of Object.entries(pages)) {
    const file = join(out, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  console.error(`gen-docs: ${Object.keys(pages).length} pages in ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
