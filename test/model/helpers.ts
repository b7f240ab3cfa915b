import { factsFromXlInfo, parseVersion, type HostFacts, type Machine } from "../../src/xen";

const CAPS: Record<Machine, string> = {
  x86_64: "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64",
  aarch64: "xen-3.0-aarch64 xen-3.0-armv7l",
  armv7l: "xen-3.0-armv7l",
};

/** Facts of a host as `xl info` would give them. */
export function host(machine: Machine, version: string, opts: { hvm?: boolean; total?: number; free?: number } = {}): HostFacts {
  let caps = CAPS[machine];
  if (machine === "x86_64" && opts.hvm === false) caps = "xen-3.0-x86_64";
  return {
    machine,
    xenVersion: parseVersion(version)!,
    xenCaps: caps.split(" "),
    virtCaps: [],
    totalMemory: opts.total,
    freeMemory: opts.free,
  };
}

export { factsFromXlInfo };
