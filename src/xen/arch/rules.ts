// The per-architecture hooks of the model, after libxl's libxl_arm.c /
// libxl_x86.c: the common resolver (../domain.ts) asks these and never asks
// "am I on Arm?" itself. A rule names the Xen version it starts in.
import type { HostFacts } from "../facts";
import type { Finding, Step } from "../finding";
import type { GuestType } from "../guest-type";
import type { XenVersion } from "../version";
import type { DomainSpec } from "../spec";

export type ArchFamily = "x86" | "arm";

export interface TypeConversion {
  /** The type the guest runs as, or null when libxl refuses the written type. */
  type: GuestType | null;
  findings: Finding[];
}

export interface ArchRules {
  family: ArchFamily;
  /** The type xl's parser assumes when the config names none (xl_parse.c, before libxl's conversions). */
  xlDefaultType(v: XenVersion): GuestType;
  /** The type libxl gives a guest whose config names none. */
  defaultType(v: XenVersion): GuestType;
  /** What libxl does at create with the type xl parsed. */
  convert(written: GuestType, facts: HostFacts, typePath: Step[]): TypeConversion;
  /** The most vCPUs a guest of this type can have, and why. */
  vcpuLimit(type: GuestType, spec: DomainSpec, facts: HostFacts): { limit: number; reason: string };
  /** Checks only this architecture makes (its own keys, its memory model). */
  checkArch(spec: DomainSpec, effective: GuestType, facts: HostFacts): Finding[];
  /** Whether `xl mem-set` can change a running guest's memory; if not, a memory change replaces it. */
  memorySetLive: boolean;
}
