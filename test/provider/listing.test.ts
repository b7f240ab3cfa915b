// Reading what runs from one round trip of xl output (src/resources/fleet.ts).
import { describe, expect, it } from "vitest";
import { IncompleteListing, parseListing } from "../../src/resources/fleet";

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

  it("refuses a long listing that left out a running domain (it would read as destroyed)", () => {
    expect(() => parseListing(out([entry(0, "Domain-0", "pvh")], [["Domain-0", 0, "r-----"], ["web 1", 3, "-b----"]], ""))).toThrow(IncompleteListing);
  });

  it("does not mind a dying domain missing from the long listing", () => {
    expect(parseListing(out([entry(0, "Domain-0", "pvh")], [["Domain-0", 0, "r-----"], ["old", 4, "--ps-d"]], ""))).toHaveLength(1);
  });
});
