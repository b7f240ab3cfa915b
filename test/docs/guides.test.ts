// The hand-written docs (README.md, docs/guides/, docs/*.md other than the generated
// registry pages) cannot drift from the provider or from each other: every relative link
// resolves (a file, and a heading of it for `#anchor`), every guide is linked from the README,
// and every attribute or block that their HCL sets on a `provider "xen"`, `resource "xen_*"`
// or `data "xen_*"` exists in the schema the built provider reports, at that nesting.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-ignore: a plain ES module script, without type declarations
import * as gen from "../../scripts/gen-docs.mjs";

const ROOT: string = gen.ROOT;
const GUIDES = join(ROOT, "docs/guides");

/** The hand-written Markdown: the README, the guides, and docs/*.md but the generated index. */
const handWritten = (): string[] => [
  join(ROOT, "README.md"),
  ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md") && f !== "index.md").map((f) => join(ROOT, "docs", f)),
  ...readdirSync(GUIDES).filter((f) => f.endsWith(".md")).map((f) => join(GUIDES, f)),
];

/** Text outside fenced code blocks and inline code, where links are links. */
function prose(text: string): string {
  let fence = false;
  return text.split("\n").map((l) => {
    if (/^\s*```/.test(l)) { fence = !fence; return ""; }
    return fence ? "" : l.replace(/`[^`]*`/g, "");
  }).join("\n");
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/`/g, "").replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-");
}

function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fence = false;
  for (const l of readFileSync(file, "utf8").split("\n")) {
    if (/^\s*```/.test(l)) fence = !fence;
    const m = !fence && /^#{1,6} (.+)$/.exec(l);
    if (!m) continue;
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  for (const m of readFileSync(file, "utf8").matchAll(/<a id="([^"]+)"><\/a>/g)) out.add(m[1]);
  return out;
}

/** The links of a file that stay in this repository: [text](target), target not a URL. */
function localLinks(file: string): { target: string; anchor: string | null }[] {
  const out: { target: string; anchor: string | null }[] = [];
  for (const m of prose(readFileSync(file, "utf8")).matchAll(/\]\(([^)\s]+)\)/g)) {
    const href = m[1];
    if (/^[a-z]+:/i.test(href)) continue;
    const [path, anchor] = href.split("#");
    out.push({ target: path === "" ? file : resolve(dirname(file), path), anchor: anchor ?? null });
  }
  return out;
}

interface SchemaBlock { attributes?: Record<string, unknown>; block_types?: Record<string, { block: SchemaBlock }> }

/** Meta-arguments and blocks of the language itself, valid in any resource. */
const META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection", "alias"]);

/**
 * The names an HCL code block sets in xen's provider, resources and data sources, each with
 * the path of blocks it sits in: ["xen_domain", "disk", "vdev"]. A light reader of the
 * subset the docs write: `name = value` and `name {` lines, braces counted, comments and
 * heredocs skipped; `...` stands for what the example leaves out.
 */
export function hclSettings(code: string): string[][] {
  const out: string[][] = [];
  const stack: (string | null)[] = []; // null: a brace that is not a block of ours (a map, an object)
  let heredoc: string | null = null;
  for (const raw of code.split("\n")) {
    if (heredoc) { if (raw.trim() === heredoc) heredoc = null; continue; }
    const line = raw.replace(/\s(#|\/\/).*$/, "").replace(/^\s*(#|\/\/).*$/, "").trim();
    const h = /<<-?([A-Z_]+)\s*$/.exec(line);
    const top = /^(resource|data)\s+"(xen_[a-z_]+)"\s+"[^"]*"\s*\{$/.exec(line) ?? /^(provider)\s+"(xen)"\s*\{$/.exec(line);
    const inOurs = stack.length > 0 && stack.every((s) => s !== null);
    if (top && stack.length === 0) {
      stack.push(top[1] === "data" ? `data.${top[2]}` : top[2]);
    } else if (inOurs && /^[a-z_][a-z0-9_]*\s*\{.*\}$/.test(line)) {
      // A block on one line: `facts { arch = "aarch64" }`, `host { name = "arm2" ... }`.
      const name = line.split(/[\s{]/)[0];
      out.push([...(stack as string[]), name]);
      for (const m of line.slice(line.indexOf("{") + 1, -1).matchAll(/([a-z_][a-z0-9_]*)\s*=/g)) out.push([...(stack as string[]), name, m[1]]);
    } else if (inOurs && /^[a-z_][a-z0-9_]*\s*\{$/.test(line)) {
      const name = line.split(/[\s{]/)[0];
      out.push([...(stack as string[]), name]);
      stack.push(name);
    } else if (inOurs && /^[a-z_][a-z0-9_]*\s*=/.test(line)) {
      out.push([...(stack as string[]), line.split(/[\s=]/)[0]]);
      const opens = (line.match(/[{[(]/g) ?? []).length - (line.match(/[}\])]/g) ?? []).length;
      for (let i = 0; i < opens; i++) stack.push(null);
    } else {
      const opens = (line.match(/[{[(]/g) ?? []).length - (line.match(/[}\])]/g) ?? []).length;
      if (opens > 0) for (let i = 0; i < opens; i++) stack.push(null);
      else for (let i = 0; i < -opens; i++) stack.pop();
      if (stack.length === 0 && !top) continue;
    }
    if (h) heredoc = h[1];
  }
  return out;
}

function hclBlocks(text: string): string[] {
  return [...text.matchAll(/^```(?:hcl|terraform)\n([\s\S]*?)^```/gm)].map((m) => m[1]);
}

let provider: any;
beforeAll(() => {
  gen.ensureBuilt();
  provider = gen.providerEntry(gen.schemaFromEngine(gen.defaultEngine()));
});

describe("hand-written docs", () => {
  it("every relative link resolves to a file, and an anchor to one of its headings", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of handWritten()) {
      for (const { target, anchor } of localLinks(file)) {
        checked++;
        const where = `${relative(ROOT, file)} → ${relative(ROOT, target)}${anchor ? `#${anchor}` : ""}`;
        if (!existsSync(target)) { broken.push(`${where}: no such file`); continue; }
        if (anchor && statSync(target).isFile() && !anchors(target).has(anchor)) broken.push(`${where}: no such heading`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it("every guide is linked from the README", () => {
    const linked = new Set(localLinks(join(ROOT, "README.md")).map((l) => l.target));
    const guides = readdirSync(GUIDES).filter((f) => f.endsWith(".md")).map((f) => join(GUIDES, f));
    expect(guides.length).toBeGreaterThan(5);
    expect(guides.filter((g) => !linked.has(g)).map((g) => relative(ROOT, g))).toEqual([]);
  });

  it("the reader of their HCL finds what a block sets, nested, and nothing outside xen's blocks", () => {
    const code = `provider "xen" {\n  host {\n    name = "a" # c\n    facts { arch = "x" }\n    jump_host {}\n  }\n}\n` +
      `resource "xen_domain" "w" {\n  # ...\n  xl_config = { "foo" = "1" }\n  disk {\n    vdev = "xvda"\n  }\n  cmdline = <<-EOT\n    bogus = 1\n  EOT\n}\n` +
      `resource "other_thing" "x" {\n  nope = 1\n}\n`;
    expect(hclSettings(code)).toEqual([
      ["xen", "host"], ["xen", "host", "name"], ["xen", "host", "facts"], ["xen", "host", "facts", "arch"], ["xen", "host", "jump_host"],
      ["xen_domain", "xl_config"], ["xen_domain", "disk"], ["xen_domain", "disk", "vdev"], ["xen_domain", "cmdline"],
    ]);
  });

  it("every attribute and block their HCL sets on xen's provider, resources and data sources is in the schema", () => {
    const unknown: string[] = [];
    let checked = 0;
    for (const file of handWritten()) {
      for (const code of hclBlocks(readFileSync(file, "utf8"))) {
        for (const path of hclSettings(code)) {
          const [head, ...rest] = path;
          let block: SchemaBlock | undefined = head === "xen" ? provider.provider.block
            : head.startsWith("data.") ? provider.data_source_schemas?.[head.slice(5)]?.block
              : provider.resource_schemas?.[head]?.block;
          if (!block) { unknown.push(`${relative(ROOT, file)}: no ${head} in the schema`); continue; }
          for (const [i, name] of rest.entries()) {
            if (i === 0 && META.has(name)) break;
            const last = i === rest.length - 1;
            const nested = block?.block_types?.[name];
            if (last && (nested || block?.attributes?.[name])) { checked++; break; }
            if (!nested) { unknown.push(`${relative(ROOT, file)}: ${path.join(".")} is not in the schema`); break; }
            block = nested.block;
          }
        }
      }
    }
    expect(unknown).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });
});
