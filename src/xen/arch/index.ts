import type { Machine } from "../facts";
import { arm } from "./arm";
import type { ArchRules } from "./rules";
import { x86 } from "./x86";

export type { ArchFamily, ArchRules } from "./rules";

const byMachine: Record<Machine, ArchRules> = { x86_64: x86, aarch64: arm, armv7l: arm };

export const rulesFor = (machine: Machine): ArchRules => byMachine[machine];

/**
 * Whether an attribute whose row says `change: "arch"` can change on a running guest of
 * this machine. Only memory is one: it changes through `xl mem-set`, which Arm lacks.
 */
export function changesLive(machine: Machine, attribute: string): boolean {
  return attribute === "memory" ? rulesFor(machine).memorySetLive : true;
}
