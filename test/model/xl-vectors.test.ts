// Xen's own parse test vectors, at RELEASE-4.22.0: tools/xl/check-xl-disk-parse and
// tools/xl/check-xl-vif-parse (each runs `xl -N block-attach 0 <args>` / `xl -N
// network-attach 0 <args>` and compares the printed libxl JSON). Their specs and expected
// values are kept here as data; the model's grammar must give the same. Then the edges of
// xl's rate arithmetic (libxlu_vif.c@RELEASE-4.22.0), worked out by hand from the C.
import { describe, expect, it } from "vitest";
import { parseVersion, parseVifSpec, type XenVersion } from "../../src/xen";
import { parseDiskSpecs } from "../../src/xen/device-specs";
import { checkVifs, rateProblem, xlRate } from "../../src/xen/devices";

const v422 = parseVersion("4.22.0") as XenVersion;

/** check-xl-disk-parse: each case's arguments (one spec per argument) and libxl's disk, or null where xl exits 1. */
const DISK_VECTORS: [string[], Record<string, unknown> | null][] = [];
const disk = (expected: Record<string, unknown> | null, ...cases: string[][]) => { for (const c of cases) DISK_VECTORS.push([c, expected]); };
disk(null, ["foo"]);
disk({ pdev_path: "/dev/vg/guest-volume", vdev: "hda", format: "raw", readwrite: 1 },
  ["/dev/vg/guest-volume,,hda"], ["/dev/vg/guest-volume,raw,hda,rw"], ["format=raw, vdev=hda, access=rw, target=/dev/vg/guest-volume"],
  ["format=raw", "vdev=hda", "access=rw", "target=/dev/vg/guest-volume"], ["raw:/dev/vg/guest-volume,hda,w"]);
disk({ pdev_path: "/root/image.iso", vdev: "hdc", format: "raw", removable: 1, is_cdrom: 1 },
  ["/root/image.iso,,hdc,cdrom"], ["/root/image.iso,,hdc,,cdrom"], ["/root/image.iso,raw,hdc,devtype=cdrom"],
  ["format=raw, vdev=hdc, access=ro, devtype=cdrom, target=/root/image.iso"],
  ["format=raw", "vdev=hdc", "access=ro", "devtype=cdrom", "target=/root/image.iso"], ["raw:/root/image.iso,hdc:cdrom,ro"]);
disk({ pdev_path: "/dev/vg/guest-volume", vdev: "xvdb", backend: "phy", format: "raw", readwrite: 1 },
  ["backendtype=phy,vdev=xvdb,access=w,target=/dev/vg/guest-volume"]);
disk({ pdev_path: "", vdev: "hdc", format: "empty", removable: 1, is_cdrom: 1 },
  ["devtype=cdrom,,,hdc"], [",,hdc:cdrom,r"], [",hdc:cdrom,r"], ["vdev=hdc,access=r,devtype=cdrom,target="], [",empty,hdc:cdrom,r"]);
disk({ vdev: "hdc", format: "empty", removable: 1, is_cdrom: 1 },
  ["vdev=hdc,access=r,devtype=cdrom,format=empty"], ["vdev=hdc,access=r,devtype=cdrom"]);
disk({ pdev_path: "iqn.2001-05.com.equallogic:0-8a0906-23fe93404-c82797962054a96d-examplehost", vdev: "xvda", format: "raw", script: "block-iscsi", readwrite: 1 },
  ["iscsi:iqn.2001-05.com.equallogic:0-8a0906-23fe93404-c82797962054a96d-examplehost,xvda,w"],
  ["vdev=xvda,access=w,script=block-iscsi,target=iqn.2001-05.com.equallogic:0-8a0906-23fe93404-c82797962054a96d-examplehost"]);
disk({ pdev_path: "app01", vdev: "hda", format: "raw", script: "block-drbd", readwrite: 1 }, ["drbd:app01,hda,w"]);
disk({ pdev_path: "/some/disk/image.raw", vdev: "hda", format: "raw", readwrite: 1, discard_enable: "True" },
  ["discard", "vdev=hda", "target=/some/disk/image.raw"]);
disk({ pdev_path: "/some/disk/image.iso", vdev: "hda", format: "raw", removable: 1, is_cdrom: 1, discard_enable: "False" },
  ["cdrom", "no-discard", "vdev=hda", "target=/some/disk/image.iso"]);
disk({ pdev_path: "/some/disk/image.raw", vdev: "hda", format: "raw", readwrite: 1, trusted: "True" }, ["trusted", "vdev=hda", "target=/some/disk/image.raw"]);
disk({ pdev_path: "/some/disk/image.raw", vdev: "hda", format: "raw", readwrite: 1, trusted: "False" }, ["untrusted", "vdev=hda", "target=/some/disk/image.raw"]);

describe("check-xl-disk-parse@RELEASE-4.22.0", () => {
  it.each(DISK_VECTORS.map(([args, want]) => [args.join(" | "), args, want] as const))("%s", (_, args, want) => {
    const r = parseDiskSpecs(args, v422);
    if (want === null) expect(r).toHaveProperty("error");
    else expect("device" in r ? r.device : r).toEqual(want);
  });
});

/** check-xl-vif-parse's rate cases: the rate and libxl's [bytes per interval, interval µs], or null where xl exits 1. */
const RATE_VECTORS: [string, [number, number] | null][] = [
  ...["foo", "10MB", "10MB/m", "10ZB", "10ZB/s", "10ZB/m"].map((r) => [r, null] as [string, null]),
  ...["16000000b/s", "16000000b/s@50ms", "2000000B/s", "2000000B/s@50ms"].map((r) => [r, [100000, 50000]] as [string, [number, number]]),
  ...["16Kb/s", "16Kb/s@50ms", "2KB/s", "2KB/s@50ms"].map((r) => [r, [100, 50000]] as [string, [number, number]]),
  ...["16Mb/s", "16Mb/s@50ms", "2MB/s", "2MB/s@50ms"].map((r) => [r, [100000, 50000]] as [string, [number, number]]),
  ...["8Gb/s", "8Gb/s@50ms", "1GB/s", "1GB/s@50ms"].map((r) => [r, [50000000, 50000]] as [string, [number, number]]),
  ...["4294967296b/s", "4294967296Kb/s", "4294967296Mb/s", "4294967296Gb/s", "0B/s"].map((r) => [r, null] as [string, null]),
  ...["10Mb/s@foo", "10Mb/s@10h", "10MB/s@foo", "10MB/s@10h"].map((r) => [r, null] as [string, null]),
  ["80Mb/s@1s", [10000000, 1000000]], ["10MB/s@1s", [10000000, 1000000]],
  ...["1B/s@4294967296us", "1B/s@4294968ms", "1B/s@4295s", "1B/s@0us", "4294967295GB/s@5us", "4296MB/s@4294s", "@"].map((r) => [r, null] as [string, null]),
];

describe("check-xl-vif-parse@RELEASE-4.22.0", () => {
  it.each(RATE_VECTORS)("rate=%s", (rate, want) => {
    const r = xlRate(rate);
    if (want === null) expect(r).toHaveProperty("error");
    else expect(r).toEqual({ bytesPerInterval: want[0], intervalUs: want[1] });
    // The config parser (xl.cfg) reads the same rate the same way.
    const v = parseVifSpec(`rate=${rate}`, v422, 0);
    if (want === null) expect(v).toHaveProperty("error");
    else expect("device" in v && [v.device.rate_bytes_per_interval ?? 0, v.device.rate_interval_usecs]).toEqual(want);
  });
  it("trusted, untrusted; an unknown item (network-attach refuses it, an xl.cfg vif list drops it with a warning)", () => {
    expect(parseVifSpec("trusted", v422, 0)).toEqual({ device: { devid: 0, trusted: "True" }, warnings: [] });
    expect(parseVifSpec("untrusted", v422, 0)).toEqual({ device: { devid: 0, trusted: "False" }, warnings: [] });
    expect(parseVifSpec("foo", v422, 0)).toEqual({ device: { devid: 0 }, warnings: ["unrecognized argument `foo'"] });
  });
});

/** The edges of the arithmetic, worked from libxlu_vif.c: [rate, bytes per interval and µs, or what xl prints]. */
const RATE_EDGES: [string, [number, number] | string][] = [
  // The number before the unit: at most 4294967295, not zero (libxlu_vif.c:31).
  ["4294967295B/s", [214748364, 50000]],
  ["4294967296B/s", "rate overflow in `4294967296B/s'"],
  ["0Mb/s", "rate overflow in `0Mb/s'"],
  // A leading 0 reads octal (strtoull base 0, libxlu_vif.c:30): 010 is 8; 08 is 0; 019 is 1 and the unit is looked for at "9".
  ["010MB/s", [400000, 50000]],
  ["08Mb/s", "rate overflow in `08Mb/s'"],
  ["019b/s", [0, 50000]],
  // Units: k, m, g in lower case are not units; `/s` is required (libxlu_vif.c:5).
  ["10kb/s", "invalid rate in `10kb/s'"],
  ["10Mb", "invalid rate in `10Mb'"],
  ["10Mbit/s", "invalid rate in `10Mbit/s'"],
  ["10 Mb/s", "invalid rate in `10 Mb/s'"],
  ["", "no rate specified in `'"],
  ["@20ms", "no rate specified in `@20ms'"],
  // Bits are divided by 8 rounding down (libxlu_vif.c:43-44), bytes per interval rounded down (:132).
  ["1Kb/s", [6, 50000]],
  ["7b/s@1s", [0, 1000000]],
  ["8b/s@1s", [1, 1000000]],
  // The interval: a bare number is seconds, `m` alone milliseconds, `u` alone µs (libxlu_vif.c:6, :76-79).
  ["10Mb/s@20", [25000000, 20000000]],
  ["10Mb/s@20m", [25000, 20000]],
  ["10Mb/s@20u", [25, 20]],
  ["10Mb/s@010ms", [10000, 8000]],
  ["10Mb/s@09ms", "replenishment interval overflow in `09ms'"],
  ["10Mb/s@", "invalid replenishment interval in `'"],
  ["10Mb/s@20ms@1s", "invalid replenishment interval in `20ms@1s'"],
  // The interval in µs fits 32 bits (libxlu_vif.c:70, :81).
  ["10Mb/s@4294s", [5367500000, 4294000000]],
  ["10Mb/s@4295s", "replenishment interval overflow in `4295s'"],
  ["10Mb/s@4294967296us", "replenishment interval overflow in `4294967296us'"],
  ["10Mb/s@0us", "replenishment interval overflow in `0us'"],
  // Bytes per second times the interval fits 64 bits, else the whole rate overflows (libxlu_vif.c:126).
  ["368934GB/s", [18446700000000, 50000]],
  ["368935GB/s", "rate overflow in `368935GB/s'"],
  ["4294967295GB/s@1us", [4294967295000, 1]],
  ["4294967295Gb/s@4294s", "rate overflow in `4294967295Gb/s@4294s'"],
];

describe("xl's rate arithmetic at its edges", () => {
  it.each(RATE_EDGES)("rate=%s", (rate, want) => {
    expect(xlRate(rate)).toEqual(typeof want === "string" ? { error: want } : { bytesPerInterval: want[0], intervalUs: want[1] });
  });
  it("a vif block's rate xl refuses is an error on vif[i].rate with what xl prints", () => {
    const f = checkVifs([{ rate: "10Mb/s" }, { rate: "5000000000B/s" }], "pvh");
    expect(f.map((x) => [x.severity, x.path?.join("."), x.summary])).toEqual([
      ["error", "vif.1.rate", "Invalid vif.rate: xl refuses \"5000000000B/s\": \"config parsing error in vif: rate overflow in `5000000000B/s'\""]]);
    expect(rateProblem("10Mb/s@1")).toBeNull();
  });
});
