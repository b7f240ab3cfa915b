// The checked-in L1 bindings (src/constructs/xen) are what @cdktf/provider-generator
// makes from the provider's current schema; regenerate with
// `node scripts/gen-bindings.mjs` when this fails.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers";
import { dataXenHost, domain, provider } from "../../src/constructs";

const CHECKED_IN = join(ROOT, "src/constructs/xen");
const fresh = mkdtempSync(join(tmpdir(), "xen-bindings-"));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[])
  .filter((f) => statSync(join(dir, f)).isFile()).sort();

describe("L1 bindings", () => {
  it("are current: a fresh generation from the provider's own schema equals the checked-in files", async () => {
    const r = await run("node", [join(ROOT, "scripts/gen-bindings.mjs"), "--out", fresh]);
    expect(r.code, r.stderr).toBe(0);
    expect(files(fresh)).toEqual(files(CHECKED_IN));
    for (const f of files(fresh)) {
      expect(readFileSync(join(CHECKED_IN, f), "utf8"), `${f} differs: run node scripts/gen-bindings.mjs`)
        .toBe(readFileSync(join(fresh, f), "utf8"));
    }
  });

  it("type-check with the hand-written constructs, the example and these tests (tsconfig.constructs.json)", async () => {
    const r = await run(join(ROOT, "node_modules/.bin/tsc"), ["-p", join(ROOT, "tsconfig.constructs.json")]);
    expect(r.code, r.stdout).toBe(0);
  });

  it("keep the generator's conventions", () => {
    expect(provider.XenProvider.tfResourceType).toBe("xen");
    expect(domain.Domain.tfResourceType).toBe("xen_domain");
    expect(dataXenHost.DataXenHost.tfResourceType).toBe("xen_host");
    expect(typeof domain.Domain.generateConfigForImport).toBe("function");
    const text = readFileSync(join(CHECKED_IN, "domain/index.ts"), "utf8");
    // Typed props, with the provider's own attribute docs.
    expect(text).toMatch(/readonly memory: number;/);
    expect(text).toContain("The guest type as written in xl.cfg");
  });
});
