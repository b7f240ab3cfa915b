// x86_64 hosts. A config without a type stays PV; libxl never changes an x86
// guest's type. PVH and HVM need hardware virtualisation (hvm-* in xen_caps).
import { hasHvmCaps } from "../facts";
import { refuse } from "../finding";
import type { ArchRules } from "./rules";


export const x86: ArchRules = {
  family: "x86",

  defaultType: () => "pv",
  xlDefaultType: () => "pv",

  convert(written, facts, typePath) {
    if ((written === "pvh" || written === "hvm") && !hasHvmCaps(facts)) {
      return {
        type: null,
        findings: [refuse(typePath, `A ${written.toUpperCase()} guest needs hardware virtualisation, which this host lacks`,
          `xen_caps is "${facts.xenCaps.join(" ")}" with no hvm-* entry (VT-x/AMD-V off or absent); ` +
          `xl create fails ("neither hap nor shadow paging available"). Use type = "pv" on this host.`)],
      };
    }
    return { type: written, findings: [] };
  },

  vcpuLimit: (type) =>
    type === "pv"
      ? { limit: 8192, reason: "an x86 PV guest supports at most 8192 vCPUs" }
      : { limit: 128, reason: `an x86 ${type.toUpperCase()} guest supports at most 128 vCPUs` },

  memorySetLive: true,

  // The PV shim's keys are rows of the key table (key-table.ts), checked with the others.
  checkArch: () => [],
};
