// x86_64 hosts. A config without a type stays PV; libxl never changes an x86
// guest's type. PVH and HVM need hardware virtualisation (hvm-* in xen_caps).
import { DOMAIN_ATTRIBUTES, type DomainAttribute } from "../attributes";
import { hasHvmCaps } from "../facts";
import { refuse, warn, type Finding } from "../finding";
import type { ArchRules } from "./rules";

/** The x86-only attributes are the PV shim's, which only a PVH guest reads. */
const SHIM_ATTRS = DOMAIN_ATTRIBUTES.filter((a: DomainAttribute) => a.arch === "x86").map((a) => a.name);

export const x86: ArchRules = {
  family: "x86",

  defaultType: () => "pv",

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

  checkArch(spec, effective) {
    const f: Finding[] = [];
    const set = spec as Record<string, unknown>;
    const shimKeys = SHIM_ATTRS.filter((k) => set[k] != null && set[k] !== false);
    if (shimKeys.length && effective !== "pvh") {
      f.push(warn("shimNeedsPvh", [shimKeys[0]], `${shimKeys.join(", ")} only apply to PVH guests`,
        `This guest runs as ${effective}; xl ignores the PV shim settings.`));
    }
    return f;
  },
};
