// Reading what runs from one round trip of xl output (src/xen/xllist.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LISTING_MARKERS, seedPath, seedsPart } from "../../src/resources/host-scripts";
import { listingMarkers, parseAutostart, parseListing as parse, parseSeeds } from "../../src/xen";

const m = listingMarkers("0123456789abcdef");
const parseListing = (text: string) => parse(text, m);

const entry = (domid: number, name: string, type: string) => ({
  domid, config: { c_info: { type, name, uuid: `00000000-0000-0000-0000-00000000000${domid}` },
    b_info: { max_memkb: 131072, target_memkb: 131072, max_vcpus: 1, avail_vcpus: [0] } },
});
const table = (rows: [string, number, string][]) => "Name                                        ID   Mem VCPUs\tState\tTime(s)\n" +
  rows.map(([n, id, st]) => `${n.padEnd(44)}${String(id).padStart(3)}   128     1     ${st}       1.0`).join("\n") + "\n";
const out = (json: unknown[], rows: [string, number, string][], types: string) =>
  `${JSON.stringify(json)}\n${m.table}\n${table(rows)}${m.types}\n${types}`;

describe("the host listing", () => {
  it("joins xl list -l with the effective types from xenstore", () => {
    const ds = parseListing(out([entry(0, "Domain-0", "pvh"), entry(3, "web 1", "pv")],
      [["Domain-0", 0, "r-----"], ["web 1", 3, "-b----"]], "3 pvh\n"));
    expect(ds.map((d) => [d.domid, d.name, d.writtenType, d.effectiveType])).toEqual([[0, "Domain-0", "pvh", null], [3, "web 1", "pv", "pvh"]]);
  });

  it("keeps a domain the long listing left out (being created: libxl stores its config last) as incomplete, by domid and name only", () => {
    const ds = parseListing(out([entry(0, "Domain-0", "pvh")], [["Domain-0", 0, "r-----"], ["web 1", 3, "-b----"]], ""));
    expect(ds.map((d) => [d.domid, d.name, d.uuid, d.incomplete ?? false])).toEqual([[0, "Domain-0", "00000000-0000-0000-0000-000000000000", false], [3, "web 1", "", true]]);
  });

  it("leaves out a dying domain, whatever the long listing still says of it", () => {
    expect(parseListing(out([entry(0, "Domain-0", "pvh"), entry(4, "old", "pvh")], [["Domain-0", 0, "r-----"], ["old", 4, "--ps-d"]], ""))).toHaveLength(1);
  });

  it("reads the types of one batched xenstore-read (ids, then a value each), or one line per guest with the ones missing marked", () => {
    const json = [entry(0, "Domain-0", "pvh"), entry(3, "a", "pv"), entry(5, "b", "pvh")];
    const rows: [string, number, string][] = [["Domain-0", 0, "r-----"], ["a", 3, "-b----"], ["b", 5, "-b----"]];
    expect(parseListing(out(json, rows, "3 5\npvh\npvh\n")).map((d) => d.effectiveType)).toEqual([null, "pvh", "pvh"]);
    expect(parseListing(out(json, rows, `3 pvh\n5 ${m.noType}\n`)).map((d) => d.effectiveType)).toEqual([null, "pvh", null]);
  });

  it("a domain named like a marker, or like the markers of another run, changes nothing in how the listing is read", () => {
    const names = [m.table.replace(/:[0-9a-f]+@@$/, "@@"), "@@cdktf-xen:effective-types@@", "@@cdktf-xen:table:ffffffffffffffff@@", "3 pvh"];
    const json = [entry(0, "Domain-0", "pvh"), entry(3, "web", "pv"), ...names.map((n, i) => entry(10 + i, n, "pvh"))];
    const rows: [string, number, string][] = [["Domain-0", 0, "r-----"], ["web", 3, "-b----"], ...names.map((n, i): [string, number, string] => [n, 10 + i, "-b----"])];
    const ds = parseListing(out(json, rows, "3 10 11 12 13\npvh\npvh\npvh\npvh\npvh\n"));
    expect(ds.map((d) => [d.domid, d.name, d.effectiveType, d.incomplete ?? false])).toEqual([
      [0, "Domain-0", null, false], [3, "web", "pvh", false], ...names.map((n, i) => [10 + i, n, "pvh", false])]);
  });

  it("a name with line breaks (xl.cfg strings take \\n) cannot pass for rows of other domains: neither a dying one nor one being created", () => {
    // Made by hand in dom0: its name forges a row that says our guest (domid 3) is dying, and one of a domain being created.
    const forged = "x\nweb                                           3   128     1     --ps-d       1.0\nweb                                           7   128     1     -b----       1.0\ny";
    const json = [entry(0, "Domain-0", "pvh"), entry(3, "web", "pvh"), entry(5, forged, "pvh")];
    const ds = parseListing(out(json, [["Domain-0", 0, "r-----"], ["web", 3, "-b----"], [forged, 5, "-b----"]], "3 5\npvh\npvh\n"));
    expect(ds.map((d) => [d.domid, d.name, d.incomplete ?? false])).toEqual([[0, "Domain-0", false], [3, "web", false], [5, forged, false]]);
  });

  it("autostart links are read between this run's markers only", () => {
    const text = `[]\n${m.table}\n${m.autostart}\n/etc/xen/auto\n/etc/xen/auto/a.cfg\t/etc/xen/cdktf/a.cfg\n${m.types}\n`;
    expect(parseAutostart(text, m)).toEqual({ dir: "/etc/xen/auto", links: new Map([["/etc/xen/auto/a.cfg", "/etc/xen/cdktf/a.cfg"]]) });
    expect(parseAutostart(text, listingMarkers("ffffffffffffffff"))).toBeNull();
  });

  it("the seeds in the config directory: after the autostart links, which end where they start; this run's markers only", () => {
    const text = `[]\n${m.table}\n${m.autostart}\n/etc/xen/auto\n/etc/xen/auto/a.cfg\t/etc/xen/cdktf/a.cfg\n${m.seeds}\n` +
      `/etc/xen/cdktf/a-0123456789.cidata.iso\t2049:131:1733568000.123456789\n/etc/xen/cdktf/b-0123456789.cidata.iso\tsymlink\n${m.types}\n`;
    expect(parseAutostart(text, m)).toEqual({ dir: "/etc/xen/auto", links: new Map([["/etc/xen/auto/a.cfg", "/etc/xen/cdktf/a.cfg"]]) });
    expect(parseSeeds(text, m)).toEqual(new Map([["/etc/xen/cdktf/a-0123456789.cidata.iso", "2049:131:1733568000.123456789"], ["/etc/xen/cdktf/b-0123456789.cidata.iso", "symlink"]]));
    expect(parseSeeds(text, listingMarkers("ffffffffffffffff"))).toBeNull();
    expect(parseSeeds(`[]\n${m.table}\n${m.types}\n`, m)).toBeNull();
  });

  it("the seeds part, run by the local shell: files as seedPath names them, a link said to be one, a name with a line break left out", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-part-"));
    try {
      const a = seedPath(dir, "web-1");
      writeFileSync(a, "iso");
      symlinkSync(a, seedPath(dir, "web-2"));
      // A name that would forge lines of its own (a file name has no "/": they could not name a
      // seed's path, but they are not let through either).
      writeFileSync(join(dir, "x.cidata.iso\nforged.cidata.iso\t1:2:3\ny.cidata.iso"), "forged");
      writeFileSync(join(dir, "other.cfg"), "");
      const out = execFileSync("sh", ["-c", seedsPart(dir)], { encoding: "utf8" });
      const st = statSync(a, { bigint: true });
      const seeds = parseSeeds(out, LISTING_MARKERS)!;
      expect([...seeds.keys()].sort()).toEqual([a, seedPath(dir, "web-2")].sort());
      expect(seeds.get(a)).toMatch(new RegExp(`^${st.dev}:${st.ino}:\\d+\\.\\d{9}$`));
      expect(seeds.get(seedPath(dir, "web-2"))).toBe("symlink");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
