// Reading what runs from one round trip of xl output (src/xen/xllist.ts).
import { describe, expect, it } from "vitest";
import { parseListing } from "../../src/xen";

const entry = (domid: number, name: string, type: string) => ({
  domid, config: { c_info: { type, name, uuid: `00000000-0000-0000-0000-00000000000${domid}` },
    b_info: { max_memkb: 131072, target_memkb: 131072, max_vcpus: 1, avail_vcpus: [0] } },
});
const table = (rows: [string, number, string][]) => "Name                                        ID   Mem VCPUs\tState\tTime(s)\n" +
  rows.map(([n, id, st]) => `${n.padEnd(44)}${String(id).padStart(3)}   128     1     ${st}       1.0`).join("\n") + "\n";
const out = (json: unknown[], rows: [string, number, string][], types: string) =>
  `${JSON.stringify(json)}\n@@cdktf-xen:table@@\n${table(rows)}@@cdktf-xen:effective-types@@\n${types}`;

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
    expect(parseListing(out(json, rows, "3 pvh\n5 @@cdktf-xen:no-type@@\n")).map((d) => d.effectiveType)).toEqual([null, "pvh", null]);
  });
});
