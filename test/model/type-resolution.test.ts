// The type rules of facts/xen-toolstack.md §1–§3, row by row: for each Xen
// version and architecture, what a guest written with each type runs as.
import { describe, expect, it } from "vitest";
import { resolveDomain, supportedTypes, type DomainSpec, type Machine } from "../../src/xen";
import { host } from "./helpers";

const guest = (type: string | null, extra: Partial<DomainSpec> = {}): DomainSpec => ({
  name: "g1", type, kernel: "/boot/vmlinuz", memory: 128, ...extra,
});

type Row = [Machine, string, string | null, "pv" | "pvh" | "hvm" | "error", "silent" | "warning" | "error", string?];

// machine, version, written type, runs as, what plan says, (substring of the message)
const rows: Row[] = [
  // x86: the default is pv and libxl never changes a type.
  ["x86_64", "4.10.4", null, "pv", "silent"],
  ["x86_64", "4.11.4", null, "pv", "silent"],
  ["x86_64", "4.12.4", null, "pv", "silent"],
  ["x86_64", "4.17.7", null, "pv", "silent"],
  ["x86_64", "4.20.5", null, "pv", "silent"],
  ["x86_64", "4.17.7", "pv", "pv", "silent"],
  ["x86_64", "4.10.4", "pvh", "pvh", "silent"],
  ["x86_64", "4.17.7", "pvh", "pvh", "silent"],
  ["x86_64", "4.20.5", "pvh", "pvh", "silent"],
  ["x86_64", "4.17.7", "hvm", "hvm", "silent"],
  // Arm before 4.12: pv is the only type.
  ["aarch64", "4.10.4", null, "pv", "silent"],
  ["aarch64", "4.11.4", null, "pv", "silent"],
  ["aarch64", "4.11.4", "pv", "pv", "silent"],
  ["aarch64", "4.10.4", "pvh", "error", "error", "need Xen 4.12"],
  ["aarch64", "4.11.4", "pvh", "error", "error", "need Xen 4.12"],
  ["aarch64", "4.11.4", "hvm", "error", "error", "not possible on Arm"],
  // Arm 4.12+: PVH is the default and the only real type; pv is converted with a warning.
  ["aarch64", "4.12.4", null, "pvh", "silent"],
  ["aarch64", "4.17.7", null, "pvh", "silent"],
  ["aarch64", "4.20.5", null, "pvh", "silent"],
  ["aarch64", "4.12.4", "pv", "pvh", "warning", "will run as PVH"],
  ["aarch64", "4.17.7", "pv", "pvh", "warning", "will run as PVH"],
  ["aarch64", "4.20.5", "pv", "pvh", "warning", "will run as PVH"],
  ["aarch64", "4.17.7", "pvh", "pvh", "silent"],
  ["aarch64", "4.20.5", "pvh", "pvh", "silent"],
  ["aarch64", "4.12.4", "hvm", "error", "error", "not possible on Arm"],
  ["aarch64", "4.17.7", "hvm", "error", "error", "not possible on Arm"],
  ["aarch64", "4.20.5", "hvm", "error", "error", "not possible on Arm"],
  // 32-bit Arm hosts follow the same rules.
  ["armv7l", "4.11.4", null, "pv", "silent"],
  ["armv7l", "4.17.7", null, "pvh", "silent"],
  ["armv7l", "4.17.7", "pv", "pvh", "warning", "will run as PVH"],
  ["armv7l", "4.17.7", "hvm", "error", "error", "not possible on Arm"],
  // xl's prefix matching (§2): "" and "h"/"hv" are hvm, "p" is pv; case matters.
  ["x86_64", "4.17.7", "", "hvm", "warning", "abbreviation"],
  ["x86_64", "4.17.7", "h", "hvm", "warning", "abbreviation"],
  ["x86_64", "4.17.7", "hv", "hvm", "warning", "abbreviation"],
  ["x86_64", "4.17.7", "p", "pv", "warning", "abbreviation"],
  ["aarch64", "4.17.7", "p", "pvh", "warning", "abbreviation"],
  ["aarch64", "4.17.7", "", "error", "error", "not possible on Arm"],
  ["x86_64", "4.17.7", "PVH", "error", "error", 'Did you mean "pvh"'],
  ["x86_64", "4.17.7", "xen", "error", "error", "Invalid domain type"],
  ["aarch64", "4.17.7", "pvhx", "error", "error", "Invalid domain type"],
  ["aarch64", "4.20.5", "Pv", "error", "error", 'Did you mean "pv"'],
];

describe("type resolution by Xen version and architecture", () => {
  it.each(rows)("%s Xen %s, type %j → %s (%s)", (machine, version, type, runsAs, says, message) => {
    const r = resolveDomain(guest(type), host(machine, version));
    const onType = r.findings.filter((f) => JSON.stringify(f.path) === '["type"]');
    if (runsAs === "error") {
      expect(r.effectiveType).toBeNull();
      expect(r.config).toBeNull();
    } else {
      expect(r.effectiveType).toBe(runsAs);
      expect(r.config).toContain(`name = "g1"`);
    }
    if (says === "silent") expect(onType).toEqual([]);
    else {
      expect(onType.map((f) => f.severity)).toContain(says);
      expect(onType.map((f) => f.summary + " " + (f.detail ?? "")).join("\n")).toContain(message!);
    }
    if (type !== null && runsAs !== "error") expect(r.writtenType).not.toBeNull();
  });

  it("x86 PVH and HVM need hvm-* in xen_caps", () => {
    for (const t of ["pvh", "hvm"]) {
      const r = resolveDomain(guest(t), host("x86_64", "4.17.7", { hvm: false }));
      expect(r.effectiveType).toBeNull();
      expect(r.findings[0]).toMatchObject({ severity: "error", path: ["type"] });
      expect(r.findings[0].summary).toContain("hardware virtualisation");
    }
    expect(resolveDomain(guest(null), host("x86_64", "4.17.7", { hvm: false })).effectiveType).toBe("pv");
  });

  it("x86 never upgrades an untyped guest to PVH, even where it could run it", () => {
    expect(resolveDomain(guest(null), host("x86_64", "4.20.5", { hvm: true })).effectiveType).toBe("pv");
  });

  it("the deprecated builder key: hvm and generic, and a contradiction with type", () => {
    const x86 = host("x86_64", "4.17.7");
    expect(resolveDomain(guest(null, { xl_config: { builder: "generic" } }), x86).effectiveType).toBe("pv");
    expect(resolveDomain(guest(null, { xl_config: { builder: "hvm" } }), x86).effectiveType).toBe("hvm");
    const contra = resolveDomain(guest("pv", { xl_config: { builder: "hvm" } }), x86);
    expect(contra.effectiveType).toBeNull();
    expect(contra.findings.some((f) => f.summary.includes("Contradicting"))).toBe(true);
    const arm = resolveDomain(guest(null, { xl_config: { builder: "hvm" } }), host("aarch64", "4.17.7"));
    expect(arm.effectiveType).toBeNull();
  });

  it("Xen older than 4.10 is refused on the host, not guessed", () => {
    const r = resolveDomain(guest(null), host("x86_64", "4.9.4"));
    expect(r.findings).toEqual([expect.objectContaining({ severity: "error", path: ["host"] })]);
  });

  it.each([
    ["x86_64", "4.17.7", { hvm: true }, ["hvm", "pv", "pvh"]],
    ["x86_64", "4.17.7", { hvm: false }, ["pv"]],
    ["aarch64", "4.11.4", {}, ["pv"]],
    ["aarch64", "4.17.7", {}, ["pvh"]],
    ["aarch64", "4.20.5", {}, ["pvh"]],
    ["armv7l", "4.12.0", {}, ["pvh"]],
  ] as const)("supported types of %s Xen %s %j", (m, v, o, types) => {
    expect(supportedTypes(host(m, v, o))).toEqual(types);
  });
});
