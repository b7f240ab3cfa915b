// Arm (aarch64 and armv7l hosts). Arm guests use hardware virtualisation with
// no device model: libxl treats them as PVH from 4.12, keeps "pv" as an alias
// with a warning, and has no HVM type at all.
import { valuesOf } from "../attributes";
import { refuse, warn, type Finding } from "../finding";
import { checkGic } from "../host-checks";
import { atLeast } from "../version";
import type { ArchRules } from "./rules";

const PVH_SINCE = "4.12";
/** xl reads these case-insensitively; anything else (even "native") is fatal. */
const GIC_VERSIONS = valuesOf("gic_version");
/**
 * libxl's vuart names, read case-insensitively (libxl_types.idl:245@RELEASE-4.10.0, libxl_utils.c:1018@RELEASE-4.17.0):
 * "unknown" is libxl's "none" (found by the differential test: vuart = "unknown" runs on arm64-4.17).
 */
const VUART_KINDS = [...valuesOf("vuart"), "unknown"];

export const arm: ArchRules = {
  family: "arm",

  defaultType: (v) => (atLeast(v, PVH_SINCE) ? "pvh" : "pv"),

  // xl itself defaults an Arm guest to pvh from 4.12 (tools/xl/xl_parse.c:1291@RELEASE-4.12.0, :1446@RELEASE-4.22.0).
  xlDefaultType: (v) => (atLeast(v, PVH_SINCE) ? "pvh" : "pv"),

  convert(written, facts, typePath) {
    const v = facts.xenVersion;
    if (written === "hvm") {
      return {
        type: null,
        findings: [refuse(typePath, "HVM guests are not possible on Arm",
          `Xen ${v.text} on ${facts.machine} has no HVM guest type (no firmware, no device model); ` +
          "xl create fails (4.17 while loading hvmloader, 4.20 on an assertion). " +
          (atLeast(v, PVH_SINCE) ? 'Leave type unset or write "pvh": Arm guests run as PVH.' : 'Leave type unset or write "pv".'))],
      };
    }
    if (!atLeast(v, PVH_SINCE)) {
      if (written === "pvh") {
        return {
          type: null,
          findings: [refuse(typePath, `PVH Arm guests need Xen ${PVH_SINCE} or later`,
            `Xen ${v.text} runs Arm guests only as "pv". Leave type unset or write "pv".`)],
        };
      }
      return { type: "pv", findings: [] };
    }
    if (written === "pv") {
      return {
        type: "pvh",
        findings: [warn("armPvRunsAsPvh", typePath, "This Arm guest will run as PVH, not PV",
          `Since Xen ${PVH_SINCE} libxl converts PV Arm guests to PVH at create, warning "Converting PV guest to PVH ... ` +
          'Please fix your configuration file". `xl list -l` keeps showing "pv"; the guest runs as "pvh". ' +
          'Write type = "pvh" or leave type unset.')],
      };
    }
    return { type: "pvh", findings: [] };
  },

  // Xen caps a guest at min(vgic_max_vcpus(GIC), MAX_VIRT_CPUS) (xen/arch/arm/domain.c:632@RELEASE-4.22.0):
  // GICv2 8, GICv3 4096 (xen/arch/arm/vgic.c:908,912@RELEASE-4.22.0), and MAX_VIRT_CPUS is 128 on
  // arm64 but 8 on arm32 (xen/arch/arm/include/asm/config.h:36,38@RELEASE-4.22.0). When gic_version
  // is unset ("native") the guest gets the host's GIC (tools/libs/light/libxl_arm.c:154@RELEASE-4.17.0:
  // LIBXL_GIC_VERSION_DEFAULT becomes XEN_DOMCTL_CONFIG_GIC_NATIVE), which declared facts may
  // state (`facts.gic_version`) and the live host checks read (host-checks.ts).
  // A GIC given in the facts is checked in checkArch, as the live host checks do it.
  vcpuLimit: (_type, spec, facts) =>
    facts.machine === "armv7l"
      ? { limit: 8, reason: "a guest of 32-bit Arm Xen (armv7l) supports at most 8 vCPUs" }
      : spec.gic_version?.toLowerCase() === "v2"
      ? { limit: 8, reason: "a GICv2 Arm guest supports at most 8 vCPUs" }
      : { limit: 128, reason: "an Arm guest (GICv3) supports at most 128 vCPUs" },

  // Seen on Xen 4.17.7 (Arm64): `xl mem-set` aborts on an assertion in libxl_defbool_val.
  memorySetLive: false,

  checkArch(spec, _effective, facts) {
    const f: Finding[] = [];
    // A GIC in the declared facts: the live host checks' GIC rules, at plan without SSH.
    if (facts.gic && (spec.gic_version == null || GIC_VERSIONS.includes(spec.gic_version.toLowerCase()))) {
      f.push(...checkGic("The host (its declared facts.gic_version)", spec, { version: facts.gic, v2Compat: null }));
    }
    // Arm has no populate-on-demand: the whole maxmem is allocated at build and only
    // `memory` is available, so libxl fails (seen on 4.17.7: "can't allocate low memory", exit 3).
    if (spec.maxmem != null && Number.isInteger(spec.memory) && spec.maxmem > spec.memory) {
      f.push(refuse(["maxmem"], `maxmem (${spec.maxmem}) above memory (${spec.memory}) is not possible on Arm`,
        'Arm guests cannot start below their maximum (no populate-on-demand); xl create fails with "can\'t allocate low memory". ' +
        "Leave maxmem unset or equal to memory."));
    }
    if (spec.gic_version != null && !GIC_VERSIONS.includes(spec.gic_version.toLowerCase())) {
      f.push(refuse(["gic_version"], `Invalid gic_version "${spec.gic_version}"`,
        `xl accepts ${GIC_VERSIONS.map((g) => `"${g}"`).join(", ")}.`));
    }
    if (spec.vuart != null && spec.vuart.toLowerCase() === "unknown") {
      f.push(warn("vuartNone", ["vuart"], 'vuart = "unknown" gives the guest no virtual UART', 'libxl reads "unknown" as no vuart. Leave vuart unset to say so.'));
    } else if (spec.vuart != null && !VUART_KINDS.includes(spec.vuart.toLowerCase())) {
      f.push(refuse(["vuart"], `Invalid vuart "${spec.vuart}"`, 'The only virtual UART xl offers on Arm is "sbsa_uart".'));
    }
    return f;
  },
};
