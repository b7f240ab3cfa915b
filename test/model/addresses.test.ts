// A guest's addresses: the parsers of what a host prints (xenstore-ls -f of the guests' attr
// directories, dom0's neighbour table as iproute2's JSON and as busybox/iproute2 text), with
// hostile replies, and the rules (which source answers, what ends a wait).
import { describe, expect, it } from "vitest";
import {
  addressMarkers, AddressReplyError, canonicalIpv4, canonicalIpv6, linkLocal, MAX_ADDRESSES, parseAddressReading,
  parseAgentAddresses, parseNeighbours, vifAddresses, waitSatisfied,
} from "../../src/xen";

const M = addressMarkers("0123456789abcdef");
const vif0 = { devid: 0, mac: "00:16:3e:0a:0b:0c", bridge: "xenbr0", ifname: "vif7.0" };

describe("address text", () => {
  it("takes dotted quads without leading zeros", () => {
    expect(canonicalIpv4("10.99.0.2")).toBe("10.99.0.2");
    for (const bad of ["10.99.0", "10.99.0.256", "010.0.0.1", "1.2.3.4 ", "1.2.3.4\n", "a.b.c.d", "", "1..2.3"]) expect(canonicalIpv4(bad)).toBeNull();
  });
  it("writes IPv6 in RFC 5952's form", () => {
    expect(canonicalIpv6("FD00:0:0:0:0:0:0:5")).toBe("fd00::5");
    expect(canonicalIpv6("2001:db8:0:0:1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(canonicalIpv6("::ffff:10.0.0.1")).toBe("::ffff:a00:1");
    expect(canonicalIpv6("fe80::0216:3eff:fe0a:0b0c")).toBe("fe80::216:3eff:fe0a:b0c");
    for (const bad of ["fd00::5::1", "fd00:::5", "1:2:3:4:5:6:7:8:9", "fe80::1%eth0", "12345::", "g::1", ":", "fd00::5/64"]) expect(canonicalIpv6(bad)).toBeNull();
  });
  it("knows link-local addresses", () => {
    expect(linkLocal("169.254.3.4")).toBe(true);
    expect(linkLocal("fe80::1")).toBe(true);
    expect(linkLocal("febf::1")).toBe(true);
    expect(linkLocal("fec0::1")).toBe(false);
    expect(linkLocal("10.0.0.1")).toBe(false);
  });
});

describe("the agents' xenstore entries (xenstore-ls -f)", () => {
  it("reads each guest's vif addresses under its own domid only", () => {
    const text = [
      '/local/domain/7/attr/vif/0/ipv4/0 = "10.99.0.2"',
      '/local/domain/7/attr/vif/0/ipv6/0 = "FD00::2"',
      '/local/domain/7/attr/vif/1/ipv4/0 = "192.168.5.9"',
      '/local/domain/7/attr/vif/0/name = "eth0"',
      '/local/domain/8/attr/vif/0/ipv4/0 = "10.99.0.3"',
      '/local/domain/9/attr/vif/0/ipv4/0 = "10.99.0.4"',
    ].join("\n");
    const a = parseAgentAddresses(text, new Set([7, 8]));
    expect(a.get(7)?.get(0)).toEqual({ ipv4: ["10.99.0.2"], ipv6: ["fd00::2"] });
    expect(a.get(7)?.get(1)).toEqual({ ipv4: ["192.168.5.9"], ipv6: [] });
    expect(a.get(8)?.get(0)?.ipv4).toEqual(["10.99.0.3"]);
    expect(a.has(9)).toBe(false);
  });
  it("leaves out what a hostile guest writes there", () => {
    const text = [
      // A value that tries to be another line: xenstore-ls escapes the line break (\n), so it stays one line.
      '/local/domain/7/attr/vif/0/ipv4/0 = "1.2.3.4\\n/local/domain/8/attr/vif/0/ipv4/0 = \\"6.6.6.6\\""',
      // Quotes are not escaped by xenstore-ls: the value is everything up to the last quote.
      '/local/domain/7/attr/vif/0/ipv4/1 = "10.0.0.9" = "10.0.0.8"',
      '/local/domain/7/attr/vif/0/ipv4/2 = "127.0.0.1"',
      '/local/domain/7/attr/vif/0/ipv4/3 = "0.0.0.0"',
      '/local/domain/7/attr/vif/0/ipv4/4 = "224.0.0.1"',
      '/local/domain/7/attr/vif/0/ipv6/0 = "::1"',
      '/local/domain/7/attr/vif/0/ipv6/1 = "ff02::1"',
      '/local/domain/7/attr/vif/0/ipv4/5 = "10.0.0.7/24"',
      '/local/domain/7/attr/vif/00/ipv4/0 = "10.0.0.6"',
      '/local/domain/07/attr/vif/0/ipv4/0 = "10.0.0.5"',
      ' /local/domain/7/attr/vif/0/ipv4/6 = "10.0.0.4"',
      '/local/domain/7/attr/vif/0/ipv4/7 = "10.0.0.3',
      "garbage",
      "",
    ].join("\n");
    expect(parseAgentAddresses(text, new Set([7, 8])).size).toBe(0);
  });
  it("keeps at most MAX_ADDRESSES of a family per interface, each once", () => {
    const lines = Array.from({ length: 40 }, (_, i) => `/local/domain/7/attr/vif/0/ipv4/${i} = "10.0.${i % 20}.1"`);
    const a = parseAgentAddresses(lines.join("\n"), new Set([7])).get(7)!.get(0)!;
    expect(a.ipv4).toHaveLength(MAX_ADDRESSES);
    expect(new Set(a.ipv4).size).toBe(MAX_ADDRESSES);
  });
});

describe("dom0's neighbour table", () => {
  const json = JSON.stringify([
    { dst: "10.99.0.2", dev: "xenbr0", lladdr: "00:16:3E:0A:0B:0C", state: ["STALE"] },
    { dst: "fd00::2", dev: "xenbr0", lladdr: "00:16:3e:0a:0b:0c", router: null, state: ["REACHABLE"] },
    { dst: "10.99.0.9", dev: "xenbr0", state: ["FAILED"] },
    { dst: "10.99.0.8", dev: "xenbr0", lladdr: "00:16:3e:0a:0b:0d", state: ["INCOMPLETE"] },
    { dst: "not-an-address", dev: "xenbr0", lladdr: "00:16:3e:0a:0b:0c", state: ["STALE"] },
    { dst: "10.99.0.7", dev: "xen br0", lladdr: "00:16:3e:0a:0b:0c", state: ["STALE"] },
    "junk", null, 5,
  ]);
  it("reads iproute2's JSON", () => {
    expect(parseNeighbours(json, "json")).toEqual([
      { address: "10.99.0.2", family: 4, dev: "xenbr0", mac: "00:16:3e:0a:0b:0c", state: ["STALE"] },
      { address: "fd00::2", family: 6, dev: "xenbr0", mac: "00:16:3e:0a:0b:0c", state: ["REACHABLE"] },
    ]);
  });
  it("reads the text iproute2 and busybox print", () => {
    const text = [
      "10.99.0.2 dev xenbr0 lladdr 00:16:3e:0a:0b:0c STALE",
      "fd00::2 dev xenbr0 lladdr 00:16:3e:0a:0b:0c router REACHABLE",
      // busybox joins several states with commas
      "10.99.0.3 dev vif7.0 lladdr 00:16:3e:0a:0b:0c DELAY,PROBE",
      // As busybox 1.35's ip printed them in the emulated Arm 4.17 host's dom0:
      "10.99.0.41 dev xenbr0 lladdr 00:16:3e:4e:13:13 ref 1 used 0/0/0 probes 1 REACHABLE",
      "fe80::2 dev eth0 lladdr 52:56:00:00:00:02 router used 0/0/0 probes 0 STALE",
      "10.99.0.9 dev xenbr0  FAILED",
      "10.99.0.8 dev xenbr0 lladdr 00:16:3e:0a:0b:0d INCOMPLETE",
      "10.99.0.6 dev xenbr0 lladdr 00:16:3e:0a:0b STALE",
      "dev xenbr0 lladdr 00:16:3e:0a:0b:0c",
      "",
    ].join("\n");
    expect(parseNeighbours(text, "text").map((n) => `${n.address}@${n.dev}`)).toEqual(["10.99.0.2@xenbr0", "fd00::2@xenbr0", "10.99.0.3@vif7.0", "10.99.0.41@xenbr0", "fe80::2@eth0"]);
    expect(parseNeighbours(text, "text")[3]).toEqual({ address: "10.99.0.41", family: 4, dev: "xenbr0", mac: "00:16:3e:4e:13:13", state: ["REACHABLE"] });
  });
  it("refuses JSON that is not a list", () => {
    expect(() => parseNeighbours("{\"dst\": 1}", "json")).toThrow(AddressReplyError);
    expect(() => parseNeighbours("[{\"dst\"", "json")).toThrow(/did not print JSON/);
  });
});

describe("a reading (markers, parts, ownership)", () => {
  const reply = (neigh: string, vm = true) => [
    ...(vm ? [M.vm, "7 /vm/aaaa", `8 ${M.noVm}`] : []),
    M.attr,
    '/local/domain/7/attr/vif/0/ipv4/0 = "10.99.0.2"',
    neigh,
    M.end,
    "",
  ].join("\n");
  it("reads the vm paths, the agents' part and the neighbours", () => {
    const r = parseAddressReading(reply(`${M.neigh} json\n[{"dst":"10.99.0.5","dev":"xenbr0","lladdr":"00:16:3e:00:00:08","state":["STALE"]}]`), M, [7, 8], true);
    expect(r.vm).toEqual(new Map([[7, "/vm/aaaa"], [8, null]]));
    expect(r.agent.get(7)?.get(0)?.ipv4).toEqual(["10.99.0.2"]);
    expect(r.neighbours?.map((n) => n.address)).toEqual(["10.99.0.5"]);
    expect(parseAddressReading(reply(`${M.neigh} none`, false), M, [7]).neighbours).toBeNull();
  });
  it("is an error when cut short, out of order, or saying nothing of a domain asked", () => {
    const full = reply(`${M.neigh} text`);
    expect(() => parseAddressReading(full.slice(0, full.indexOf(M.end)), M, [7, 8], true)).toThrow(/incomplete/);
    expect(() => parseAddressReading(reply(`${M.neigh} text`).replace(M.attr, "x"), M, [7, 8], true)).toThrow(/incomplete/);
    expect(() => parseAddressReading(reply(`${M.neigh} text`), M, [7, 8, 9], true)).toThrow(/nothing of domain 9/);
    expect(() => parseAddressReading(reply(`${M.neigh} yaml`), M, [7, 8], true)).toThrow(/unknown header/);
    // A marker of another nonce (a name on the host chosen to look like one) is not one.
    const other = addressMarkers("ffffffffffffffff");
    expect(() => parseAddressReading(reply(`${other.neigh} none`), M, [7, 8], true)).toThrow(/incomplete/);
  });
  it("takes a marker only at the start of a line", () => {
    const text = [M.vm, "7 /vm/aaaa", M.attr, `x${M.neigh} none`, M.end].join("\n");
    expect(() => parseAddressReading(text, M, [7], true)).toThrow(/incomplete/);
  });
});

describe("which source answers", () => {
  const reading = {
    agent: new Map([[7, new Map([[0, { ipv4: ["169.254.1.1", "10.99.0.2"], ipv6: [] }]])]]),
    neighbours: [
      { address: "10.99.0.3", family: 4 as const, dev: "xenbr0", mac: "00:16:3e:0a:0b:0c", state: ["STALE"] },
      { address: "10.99.0.4", family: 4 as const, dev: "xenbr1", mac: "00:16:3e:0a:0b:0c", state: ["STALE"] },
      { address: "10.99.0.5", family: 4 as const, dev: "vif7.0", mac: "00:16:3e:0a:0b:0c", state: ["STALE"] },
      { address: "fe80::216:3eff:fe0a:b0c", family: 6 as const, dev: "xenbr0", mac: "00:16:3e:0a:0b:0c", state: ["STALE"] },
    ],
  };
  it("the agent first, routable addresses before link-local ones", () => {
    expect(vifAddresses(reading, 7, vif0)).toEqual({ ipv4: ["10.99.0.2", "169.254.1.1"], ipv6: [], source: "agent" });
  });
  it("the neighbour table for the vif's MAC on its bridge or backend interface", () => {
    expect(vifAddresses(reading, 7, vif0, "neighbour")).toEqual({ ipv4: ["10.99.0.3", "10.99.0.5"], ipv6: ["fe80::216:3eff:fe0a:b0c"], source: "neighbour" });
    expect(vifAddresses(reading, 7, { ...vif0, devid: 1 })).toMatchObject({ source: "neighbour" });
    expect(vifAddresses(reading, 7, { ...vif0, devid: 1 }, "agent")).toEqual({ ipv4: [], ipv6: [], source: null });
    expect(vifAddresses({ ...reading, neighbours: null }, 7, { ...vif0, devid: 1 })).toEqual({ ipv4: [], ipv6: [], source: null });
    expect(vifAddresses(reading, 7, { ...vif0, devid: 1, mac: "00:16:3E:0A:0B:0C", bridge: "xenbr1", ifname: null }).ipv4).toEqual(["10.99.0.4"]);
  });
  it("a wait ends on a routable address of the family asked", () => {
    expect(waitSatisfied({ ipv4: ["169.254.1.1"], ipv6: ["fe80::1"] }, null)).toBe(false);
    expect(waitSatisfied({ ipv4: ["10.0.0.1"], ipv6: [] }, null)).toBe(true);
    expect(waitSatisfied({ ipv4: ["10.0.0.1"], ipv6: [] }, "ipv6")).toBe(false);
    expect(waitSatisfied({ ipv4: [], ipv6: ["fd00::1"] }, "ipv6")).toBe(true);
    expect(waitSatisfied({ ipv4: [], ipv6: ["fd00::1"] }, "ipv4")).toBe(false);
  });
});
