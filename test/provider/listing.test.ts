// Reading what runs from one round trip of xl output (src/xen/xllist.ts).
import { describe, expect, it } from "vitest";
import { listingMarkers, parseAutostart, parseListing as parse } from "../../src/xen";

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
});
