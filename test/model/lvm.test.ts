// What real lvm2 prints, as xen_volume reads it. The strings are lvm2 2.03.16's (Debian 12,
// dom0 of the arm64-4.17 QEMU test host, volume group xenvg on a loop device), copied byte
// for byte; branch wip/lvm has the test hosts with lvm2 and an e2e running them through terraform.
import { describe, expect, it } from "vitest";
import { lvmNumber, lvStateSize, vgMissing, volumeGrowth } from "../../src/xen";

describe("lvm2's report output", () => {
  it("numbers of `lvs`/`vgs --noheadings --nosuffix --units m`, padded as LVM pads them", () => {
    // `vgs --noheadings --nosuffix --units m -o vg_free xenvg` on a fresh 384 MiB loop device
    expect(lvmNumber("  380.00\n")).toBe(380);
    // `lvs ... -o lv_uuid,lv_size,vg_extent_size xenvg/t1` after `lvcreate -L 10m`, split on blanks
    const [uuid, size, extent] = "  l4IxAM-B7aT-IW1w-t7CE-JEwu-K9iX-duOJFh 12.00 4.00\n".trim().split(/\s+/);
    expect(uuid).toMatch(/^[A-Za-z0-9]{6}(-[A-Za-z0-9]{4}){5}-[A-Za-z0-9]{6}$/);
    expect([lvmNumber(size!), lvmNumber(extent!)]).toEqual([12, 4]);
    // LVM marks a value it rounded down to print it
    expect(lvmNumber("<1.82")).toBe(1.82);
    expect(lvmNumber("")).toBeNaN();
    expect(lvmNumber("12.00 MiB")).toBeNaN();
  });

  it("the size kept: the declared one while the LV is that size rounded up to whole extents", () => {
    // `lvcreate -L 10m`: "Rounding up size to full physical extent 12.00 MiB"
    expect(lvStateSize(10, 12, 4)).toBe(10);
    expect(lvStateSize(12, 12, 4)).toBe(12);
    // `lvextend -L 13m` of that LV: "Rounding size to boundary between physical extents: 16.00 MiB"
    expect(lvStateSize(13, 16, 4)).toBe(13);
    // grown or shrunk by hand beyond the rounding: the host's size, so the plan shows it
    expect(lvStateSize(10, 16, 4)).toBe(16);
    expect(lvStateSize(10, 8, 4)).toBe(8);
    // import (nothing declared) and an lvs without the extent size: the host's size
    expect(lvStateSize(null, 12, 4)).toBe(12);
    expect(lvStateSize(10, 12, null)).toBe(12);
  });

  it("the space a grow needs: whole extents (`vgs -o vg_free,vg_extent_size`: `  380.00 4.00`)", () => {
    const [free, extent] = "  380.00 4.00\n".trim().split(/\s+/).map(lvmNumber);
    expect([free, extent]).toEqual([380, 4]);
    expect(volumeGrowth(null, 10, 4)).toBe(12); // a new LV of 10: 12 MiB of the group
    expect(volumeGrowth(10, 11, 4)).toBe(0); // within the 12 it has
    expect(volumeGrowth(10, 13, 4)).toBe(4);
    expect(volumeGrowth(10, 13, null)).toBe(3); // a file: MiB for MiB
  });

  it("a missing volume group, as vgs, lvs and lvcreate all say it (exit 5)", () => {
    const stderr = '  Volume group "nope" not found\n  Cannot process volume group nope\n';
    expect(vgMissing(stderr, "nope")).toBe(true);
    expect(vgMissing(stderr, "nop")).toBe(false);
    expect(vgMissing('  Volume group "xenvg" has insufficient free space (91 extents): 250 required.\n', "xenvg")).toBe(false);
  });
});
