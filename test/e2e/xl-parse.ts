// The model's reading of disk and vif specs against xl's own parse on a running real host,
// now: the specs the provider writes for a set of blocks, and edge cases of xl's grammar,
// sent in one SSH session by scripts/capture-xl-parse.sh (`xl -N block-attach 0`, `xl -N
// create`: dry runs that change nothing). The full set, captured once per host, is
// test/fixtures/xl-parse (checked by test/model/devices.test.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDiskSpec, parseVersion, parseVifSpec, renderDevice, type XenVersion } from "../../src/xen";
import { ROOT } from "../engine/engine";
import { SAMPLE_DISKS, SAMPLE_VIFS } from "../fixtures/xl-parse/blocks";

const DISKS = SAMPLE_DISKS.map((d) => renderDevice("disk", d));
const VIFS = SAMPLE_VIFS.map((v) => renderDevice("vif", v));
/** Edge cases of the grammar: positional forms, deprecated prefixes, refusals. */
const EDGES = {
  disk: ["/img/a.raw,raw,xvda,rw", "phy:/dev/vg/lv,xvda,w", "phy:/dev/vg/lv,,xvda", "/a,raw,xvda,format=qcow2", "/a,raw,xvda,rw,access=ro",
    "vdev=xvda", "/a,vmdk,xvda", "/a,raw,xvda,trusted", "iscsi:iqn.2001-05.com.example:disk1,xvda,w"],
  vif: ["", "mac=0:16:3e:1:2:3", "bridge=br0,bridge=br1", "vlan=10", "rate=1b/s", "foo=bar", "mac=00:16:3e:01:02"],
};

export interface Disagreement { kind: string; spec: string; xl: unknown; model: unknown }

/** Specs whose model parse differs from xl's on the host; [] when they all agree. */
export function xlParseDisagreements(hostName: string): { count: number; disagreements: Disagreement[] } {
  const dir = mkdtempSync(join(tmpdir(), "xlp-e2e-"));
  try {
    const specs = join(dir, "specs.json"), out = join(dir, "out.json");
    writeFileSync(specs, JSON.stringify({ disk: [...DISKS, ...EDGES.disk], vif: [...VIFS, ...EDGES.vif] }));
    execFileSync(join(ROOT, "scripts", "capture-xl-parse.sh"), [hostName], { env: { ...process.env, XLP_SPECS: specs, XLP_OUT: out }, stdio: "ignore", timeout: 300_000 });
    const f = JSON.parse(readFileSync(out, "utf8"));
    const version = parseVersion(f.xen_version) as XenVersion;
    const bad: Disagreement[] = [];
    for (const c of f.disk) {
      const r = parseDiskSpec(c.spec, version);
      const model = "device" in r ? r.device : null;
      if (!(c.exit !== 0 ? model === null : model !== null && sameKeys(c.json, model))) {
        bad.push({ kind: "disk", spec: c.spec, xl: c.exit === 0 ? c.json : c.stderr, model: "device" in r ? r.device : r.error });
      }
    }
    for (const c of f.vif_config) {
      const r = parseVifSpec(c.spec, version, 0);
      const model = "device" in r ? r.device : null;
      const xl = c.exit === 0 ? c.json[0] : null;
      // What xl leaves to chance must be there and start with what the spec fixes.
      const chance = Object.entries(("chance" in r && r.chance) || {});
      const fixed = xl === null ? null : Object.fromEntries(Object.entries(xl).filter(([k]) => !chance.some(([c]) => c === k)));
      const agree = xl === null ? model === null
        : model !== null && sameKeys(fixed!, model) && chance.every(([k, v]) => typeof xl[k] === "string" && xl[k].startsWith(v));
      if (!agree) bad.push({ kind: "vif", spec: c.spec, xl: xl ?? c.stderr, model: "device" in r ? r.device : r.error });
    }
    return { count: f.disk.length + f.vif_config.length, disagreements: bad };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same fields with the same values, in any order. */
function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a).sort(), kb = Object.keys(b).sort();
  return JSON.stringify(ka) === JSON.stringify(kb) && ka.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}
