// The registry docs (docs/index.md, docs/resources/, docs/data-sources/) are what
// scripts/gen-docs.mjs makes from the provider's current schema and the examples
// under examples/registry/; the examples are valid for the engines; every
// attribute and block of the schema is on its page. When the first test fails,
// run `npm run gen:docs` (after `npm run build`).
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-ignore: a plain ES module script, without type declarations
import * as gen from "../../scripts/gen-docs.mjs";
import { required } from "../harness/required";

const ROOT: string = gen.ROOT;
const DOCS = join(ROOT, "docs");
const SCRIPT = join(ROOT, "scripts/gen-docs.mjs");
/** The pages the generator owns; docs/*.md other than index.md are hand-written. */
const GENERATED = (dir: string) => [
  ...(existsSync(join(dir, "index.md")) ? ["index.md"] : []),
  ...["resources", "data-sources"].flatMap((sub) => existsSync(join(dir, sub))
    ? readdirSync(join(dir, sub)).filter((f) => f.endsWith(".md")).map((f) => `${sub}/${f}`) : []),
].sort();

interface Engine { name: string; path: string }
interface Run { code: number; stdout: string; stderr: string }

function run(cmd: string, args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(cmd, args, {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", NO_COLOR: "1", ...opts.env },
      maxBuffer: 64 << 20,
      timeout: 120_000,
    }, (err, stdout, stderr) => {
      done({ code: err ? (typeof (err as any).code === "number" ? (err as any).code : 1) : 0, stdout, stderr });
    });
  });
}

const work = mkdtempSync(join(tmpdir(), "xen-docs-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** terraform ($CDKTF_XEN_TERRAFORM or PATH) and tofu ($CDKTF_XEN_TOFU or PATH), whichever run here. */
const engines: Engine[] = gen.findEngines();
let schemaDoc: any;
let provider: any;

beforeAll(() => {
  if (!engines.length) {
    throw new Error("No engine: the docs test needs terraform on PATH or CDKTF_XEN_TOFU (eval \"$(scripts/setup.sh)\")");
  }
  gen.ensureBuilt();
  schemaDoc = gen.schemaFromEngine(gen.defaultEngine());
  provider = gen.providerEntry(schemaDoc);
});

/** One engine's module: every example .tf file side by side, and a HOME with the key the provider example reads. */
function exampleModule(engine: Engine, label: string, include: (rel: string) => boolean) {
  const dir = join(work, `${label}-${engine.name}`);
  const home = join(dir, "home");
  mkdirSync(join(home, ".ssh"), { recursive: true });
  // file("~/.ssh/id_ed25519") in provider.tf is evaluated by validate and plan; the
  // provider only parses the key when it connects, which these commands never do.
  writeFileSync(join(home, ".ssh/id_ed25519"), "not a key: the examples are never applied\n");
  const mod = join(dir, "module");
  mkdirSync(mod, { recursive: true });
  const files = (gen.exampleFiles(schemaDoc) as string[]).filter((f) => f.endsWith(".tf") && include(f));
  for (const f of files) copyFileSync(join(gen.EXAMPLES, f), join(mod, f.replace(/\//g, "__")));
  writeFileSync(join(dir, "dev.tfrc"), gen.devOverridesRc());
  return { mod, files, env: { HOME: home, TF_CLI_CONFIG_FILE: join(dir, "dev.tfrc") } };
}

/** Diagnostics other than the engine's notice that dev_overrides are in effect. */
const realDiagnostics = (diags: any[]) => diags.filter((d) => !/development overrides/i.test(d.summary ?? ""));

describe("registry docs", () => {
  it("are current: a fresh generation from the provider's schema equals the checked-in pages", async () => {
    const fresh = join(work, "fresh");
    const r = await run(process.execPath, [SCRIPT, "--out", fresh]);
    expect(r.code, r.stderr).toBe(0);
    expect(GENERATED(DOCS), "pages missing or left over in docs/: run npm run gen:docs").toEqual(GENERATED(fresh));
    for (const f of GENERATED(fresh)) {
      expect(readFileSync(join(DOCS, f), "utf8"), `docs/${f} is stale: run npm run gen:docs`)
        .toBe(readFileSync(join(fresh, f), "utf8"));
    }
  });

  // Needs both terraform and tofu (tofu after `eval "$(scripts/setup.sh)"`).
  it.skipIf(!required("OpenTofu beside terraform (the docs engine test)", engines.length >= 2, "CDKTF_XEN_SKIP_TOFU", "only one engine runs here"))("do not depend on the engine that reported the schema", async () => {
    const outs = [];
    for (const e of engines) {
      const out = join(work, `by-${e.name}`);
      const r = await run(process.execPath, [SCRIPT, "--engine", e.path, "--out", out]);
      expect(r.code, r.stderr).toBe(0);
      outs.push(out);
    }
    for (const f of GENERATED(outs[0])) {
      expect(readFileSync(join(outs[1], f), "utf8"), `${f}: ${engines[1].name} vs ${engines[0].name}`)
        .toBe(readFileSync(join(outs[0], f), "utf8"));
    }
  });

  it("have a page with an example for the provider, every resource and every data source", () => {
    const pages = gen.renderDocs(schemaDoc) as Record<string, string>;
    const expected = [
      "index.md",
      ...Object.keys(provider.resource_schemas ?? {}).map((n) => `resources/${n.replace(/^xen_/, "")}.md`),
      ...Object.keys(provider.data_source_schemas ?? {}).map((n) => `data-sources/${n.replace(/^xen_/, "")}.md`),
    ].sort();
    expect(Object.keys(pages).sort()).toEqual(expected);
    for (const [f, text] of Object.entries(pages)) {
      expect(text, `${f}: front matter`).toMatch(/^---\n(#.*\n)*page_title: ".+"\nsubcategory: ""\ndescription: \|-\n( {2}.+\n)+---\n/);
      expect(text, `${f}: no example under examples/registry/`).toContain("## Example Usage\n\n```terraform\n");
      expect(text, f).toContain("\n## Schema\n");
    }
    for (const rel of gen.exampleFiles(schemaDoc) as string[]) {
      const page = rel === "provider/provider.tf" ? "index.md"
        : `${rel.split("/")[0]}/${rel.split("/")[1].replace(/^xen_/, "")}.md`;
      expect(pages[page], `${page} embeds examples/registry/${rel}`)
        .toContain(readFileSync(join(gen.EXAMPLES, rel), "utf8").trim());
    }
    expect(pages["resources/domain.md"]).toContain("## Import\n");
    expect(pages["resources/domain.md"]).toContain("terraform import xen_domain.web arm1/web-0");
  });

  it("list every attribute and block of the schema on its page, in its nested schema, with its flags", () => {
    const pages = gen.renderDocs(schemaDoc) as Record<string, string>;
    /** The text of one schema section: the top one (anchor null) or a nested one. */
    const section = (text: string, anchor: string | null) => {
      const start = anchor === null ? text.indexOf("\n## Schema\n") : text.indexOf(`<a id="${anchor}"></a>\n### Nested Schema for`);
      expect(start, `section ${anchor ?? "## Schema"}`).toBeGreaterThanOrEqual(0);
      const rest = text.slice(start + 1);
      const end = rest.search(/\n<a id="|\n## /);
      return end < 0 ? rest : rest.slice(0, end);
    };
    let checked = 0;
    const walk = (text: string, page: string, node: any, path: string[], anchor: string | null) => {
      const sec = section(text, anchor);
      const line = (name: string) => sec.split("\n").find((l) => l.startsWith(`- \`${name}\` (`));
      for (const [name, a] of Object.entries<any>(node.attributes ?? {})) {
        const l = line(name);
        expect(l, `${page}: attribute ${[...path, name].join(".")}`).toBeDefined();
        checked++;
        if (a.sensitive) expect(l, `${name} is sensitive`).toContain("Sensitive");
        if (a.description) expect(l).toContain(a.description.trim().split("\n")[0]);
        const group = a.required ? "Required" : a.optional ? "Optional" : "Read-Only";
        const heading = anchor === null ? `### ${group}\n` : `${group}:\n`;
        const before = sec.slice(0, sec.indexOf(l!));
        expect(before.lastIndexOf(heading), `${name} listed under ${group}`).toBeGreaterThan(-1);
        expect(before.slice(before.lastIndexOf(heading)).match(/^(### .*|Required:|Optional:|Read-Only:)$/gm)?.length, `${name} under ${group}`).toBe(1);
        const fields = a.nested_type?.attributes ?? objectFields(a.type);
        if (fields) {
          const id = `nestedatt--${[...path, name].join("--")}`;
          expect(l).toContain(`(#${id})`);
          walk(text, page, a.nested_type ? a.nested_type : { fields }, [...path, name], id);
        }
      }
      for (const [name, t] of Object.entries<any>(node.fields ?? {})) {
        expect(line(name), `${page}: object field ${[...path, name].join(".")}`).toBeDefined();
        checked++;
        const fields = objectFields(t);
        if (fields) walk(text, page, { fields }, [...path, name], `nestedobjatt--${[...path, name].join("--")}`);
      }
      for (const [name, b] of Object.entries<any>(node.block_types ?? {})) {
        const l = line(name);
        expect(l, `${page}: block ${[...path, name].join(".")}`).toBeDefined();
        checked++;
        expect(l).toMatch(/\(Block[ ,)]/);
        const id = `nestedblock--${[...path, name].join("--")}`;
        expect(l).toContain(`(#${id})`);
        walk(text, page, b.block ?? {}, [...path, name], id);
      }
    };
    walk(pages["index.md"], "index.md", provider.provider.block, [], null);
    for (const [n, s] of Object.entries<any>(provider.resource_schemas ?? {})) {
      walk(pages[`resources/${n.replace(/^xen_/, "")}.md`], n, s.block, [], null);
    }
    for (const [n, s] of Object.entries<any>(provider.data_source_schemas ?? {})) {
      walk(pages[`data-sources/${n.replace(/^xen_/, "")}.md`], n, s.block, [], null);
    }
    expect(checked).toBeGreaterThan(40);
    // Every link to a nested schema has its anchor.
    for (const [f, text] of Object.entries(pages)) {
      for (const m of text.matchAll(/\]\(#([^)]+)\)/g)) expect(text, `${f}: anchor ${m[1]}`).toContain(`<a id="${m[1]}"></a>`);
    }
  });

  it("render types and blocks the way the registry does", () => {
    const pages = gen.renderDocs(schemaDoc) as Record<string, string>;
    expect(pages["resources/domain.md"]).toContain("- `xl_config` (Map of String) ");
    expect(pages["resources/domain.md"]).toContain("- `memory` (Number) ");
    expect(pages["resources/domain.md"]).toContain("- `pvshim` (Boolean) ");
    expect(pages["data-sources/domains.md"]).toMatch(/- `domains` \(List of Object\) .*\(see \[below for nested schema\]\(#nestedatt--domains\)\)/);
    expect(pages["data-sources/domains.md"]).toContain("<a id=\"nestedatt--domains\"></a>\n### Nested Schema for `domains`\n\nRead-Only:\n\n- `domid` (Number)\n");
    expect(pages["data-sources/host.md"]).toContain("- `supported_types` (List of String) ");
    expect(pages["index.md"]).toMatch(/- `host` \(Block List\) .*\(#nestedblock--host\)\)/);
    expect(pages["index.md"]).toContain("- `private_key` (String, Sensitive) ");
    expect(pages["index.md"]).toMatch(/<a id="nestedblock--host--facts"><\/a>\n### Nested Schema for `host.facts`\n\nRequired:\n/);
    expect(pages["index.md"]).toMatch(/- `facts` \(Block, Optional\) /);
    expect(gen.typeName(["set", ["list", "string"]])).toBe("Set of List of String");
    expect(gen.typeName(["map", ["object", { a: "string" }]])).toBe("Map of Object");
    expect(gen.renderDocs(schemaDoc)).toEqual(pages); // deterministic
  });

  it("embed examples that the engines validate", async () => {
    for (const engine of engines) {
      const { mod, files, env } = exampleModule(engine, "validate", () => true);
      expect(files.length).toBeGreaterThanOrEqual(2);
      const r = await run(engine.path, ["validate", "-json", "-no-color"], { cwd: mod, env });
      const out = JSON.parse(r.stdout);
      expect(realDiagnostics(out.diagnostics), `${engine.name} validate of ${files.join(", ")}`).toEqual([]);
      expect(out.valid, r.stdout).toBe(true);
      expect(r.code).toBe(0);
    }
  });

  it("embed examples that plan cleanly with declared facts (no SSH)", async () => {
    // xen_domains lists the guests on the host itself (`xl list -l`), so it cannot be
    // planned without reaching the host, and xen_file reads its local source at plan (the
    // example's image is not here); validate covers them. Everything else plans from the
    // facts the provider example declares.
    const needsHost = (f: string) => f.startsWith("data-sources/xen_domains/") || f.startsWith("resources/xen_file/");
    for (const engine of engines) {
      const { mod, files, env } = exampleModule(engine, "plan", (f) => !needsHost(f));
      const r = await run(engine.path, ["plan", "-json", "-input=false", "-lock=false", "-no-color"], { cwd: mod, env });
      const msgs = r.stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
      const all = realDiagnostics(msgs.filter((m) => m.type === "diagnostic").map((m) => m.diagnostic));
      // What a plan with declared facts always says, once per host: the host checks wait for apply.
      const skipped = all.filter((d: { summary: string }) => /^Host checks skipped for host "/.test(d.summary));
      expect(skipped.map((d: { severity: string }) => d.severity)).toEqual(skipped.length ? ["warning"] : []);
      const diags = all.filter((d) => !skipped.includes(d));
      expect(diags, `${engine.name} plan of ${files.join(", ")}: ${r.stderr}`).toEqual([]);
      expect(r.code, r.stderr).toBe(0);
      const summary = msgs.find((m) => m.type === "change_summary");
      const resources = files.filter((f) => f.startsWith("resources/")).map((f) => readFileSync(join(gen.EXAMPLES, f), "utf8"))
        .join("\n").match(/^resource "/gm)?.length ?? 0;
      expect(summary?.changes?.add, "every example resource is planned").toBe(resources);
      const planned = msgs.filter((m) => m.type === "planned_change").map((m) => m.change.resource.addr);
      expect(planned).toContain("xen_domain.web");
    }
  });

  it("import a resource that the examples declare", () => {
    for (const rel of (gen.exampleFiles(schemaDoc) as string[]).filter((f) => f.endsWith("/import.sh"))) {
      const resourceTf = readFileSync(join(gen.EXAMPLES, dirname(rel), "resource.tf"), "utf8");
      const cmds = [...readFileSync(join(gen.EXAMPLES, rel), "utf8").matchAll(/^terraform import (\S+)\.(\S+) (\S+)$/gm)];
      expect(cmds.length, rel).toBeGreaterThan(0);
      for (const [, type, name, id] of cmds) {
        expect(resourceTf, `${rel}: ${type}.${name} is declared in resource.tf`).toContain(`resource "${type}" "${name}" {`);
        if (type === "xen_domain") {
          // The id is <host>/<name> of that very resource.
          const block = resourceTf.slice(resourceTf.indexOf(`resource "${type}" "${name}" {`));
          const host = block.match(/^\s*host\s*=\s*"([^"]+)"/m)?.[1];
          const dom = block.match(/^\s*name\s*=\s*"([^"]+)"/m)?.[1];
          expect(id).toBe(`${host}/${dom}`);
        }
      }
    }
  });
});

/** The attribute types of the object a cty type holds (an object or a collection of them), else null. */
function objectFields(t: any): Record<string, any> | null {
  if (!Array.isArray(t)) return null;
  if (t[0] === "object") return t[1];
  return ["list", "set", "map"].includes(t[0]) ? objectFields(t[1]) : null;
}
