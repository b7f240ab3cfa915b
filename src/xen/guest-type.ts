// How xl reads a guest type out of a config file (xl_parse.c, since 4.10).
import { refuse, warn, type Finding } from "./finding";

export type GuestType = "pv" | "pvh" | "hvm";
export const GUEST_TYPES: readonly GuestType[] = ["pv", "pvh", "hvm"];

/**
 * xl compares the value with strncmp(value, name, strlen(value)): any prefix of
 * a type name matches, case-sensitively, tested in the order hvm, pv, pvh. So
 * "" and "h" are hvm, "p" is pv, and "PVH" is an error.
 */
export function xlReadsType(value: string): GuestType | null {
  for (const t of ["hvm", "pv", "pvh"] as const) if (t.startsWith(value)) return t;
  return null;
}

/** The deprecated `builder` key: "hvm" → hvm, "generic" → pv, prefixes too. */
export function xlReadsBuilder(value: string): GuestType | null {
  if ("hvm".startsWith(value)) return "hvm";
  if ("generic".startsWith(value)) return "pv";
  return null;
}

function suggestion(value: string): string {
  const lower = value.toLowerCase().trim();
  const exact = (["pv", "pvh", "hvm"] as const).find((t) => t === lower);
  if (exact) return ` Did you mean "${exact}"? xl compares case-sensitively.`;
  return ' Write one of "pv", "pvh" or "hvm", or leave type unset for the host\'s default.';
}

/**
 * The type xl parses from `type` (and the deprecated `builder`), with findings:
 * an error where xl refuses the value, a warning where xl reads an abbreviation.
 */
export function readWrittenType(
  type: string | null | undefined,
  builder: string | null | undefined,
  typePath: Finding["path"],
  builderPath: Finding["path"],
): { written: GuestType | null; findings: Finding[] } {
  const findings: Finding[] = [];
  let fromType: GuestType | null = null;
  let fromBuilder: GuestType | null = null;
  if (type !== null && type !== undefined) {
    fromType = xlReadsType(type);
    if (!fromType) {
      findings.push(refuse(typePath ?? [], `Invalid domain type "${type}"`,
        `xl refuses it ("Invalid domain type ${type}.").` + suggestion(type)));
    } else if (fromType !== type) {
      findings.push(warn("typeAbbreviation", typePath ?? [], `type "${type}" is an abbreviation xl reads as "${fromType}"`,
        `xl matches any prefix of a type name, so this config creates a ${fromType} guest. Write "${fromType}" to say so.`));
    }
  }
  if (builder !== null && builder !== undefined) {
    fromBuilder = xlReadsBuilder(builder);
    if (!fromBuilder) {
      findings.push(refuse(builderPath ?? [], `Invalid domain builder "${builder}"`,
        'xl reads builder = "hvm" or "generic" (pv). The key is deprecated: use type instead.'));
    } else {
      findings.push(warn("builderDeprecated", builderPath ?? [], "The builder key is deprecated",
        `xl reads builder = "${builder}" as type "${fromBuilder}". Write type = "${fromBuilder}" instead.`));
    }
  }
  if (fromType && fromBuilder && fromType !== fromBuilder) {
    findings.push(refuse(typePath ?? [], 'Contradicting "builder" and "type" options',
      `type reads as "${fromType}" but builder as "${fromBuilder}"; xl refuses the config. Drop builder.`));
  }
  return { written: fromType ?? fromBuilder, findings };
}
