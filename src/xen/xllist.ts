// Reading what runs: `xl list -l` (JSON) and the effective type from xenstore.
import { GUEST_TYPES, type GuestType } from "./guest-type";

export interface RunningDomain {
  domid: number;
  name: string;
  uuid: string;
  /** c_info.type: the type as written in the config — not what runs (see effective type). */
  writtenType: GuestType | null;
  /** MiB, from b_info.target_memkb. */
  memory: number;
  /** MiB, from b_info.max_memkb. */
  maxmem: number;
  /** Online vCPUs (b_info.avail_vcpus). */
  vcpus: number;
  maxvcpus: number;
  kernel: string | null;
  ramdisk: string | null;
  cmdline: string | null;
  bootloader: string | null;
  on_poweroff: string | null;
  on_reboot: string | null;
  on_crash: string | null;
}

export class ListError extends Error {}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const num = (v: unknown): number => (typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : 0);

function countVcpus(avail: unknown, max: number): number {
  // libxl writes the bitmap of online vCPUs as a list of indexes.
  if (Array.isArray(avail)) return avail.length;
  return max;
}

/** Parse `xl list -l` output. Throws ListError on output that is not xl's JSON. */
export function parseXlListLong(text: string): RunningDomain[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    throw new ListError(`xl list -l did not print JSON (first bytes: ${JSON.stringify(trimmed.slice(0, 60))}); is output_format="sxp" set in xl.conf?`);
  }
  if (!Array.isArray(data)) throw new ListError("xl list -l printed JSON that is not a list of domains");
  return data.map((entry: any, i): RunningDomain => {
    const c = entry?.config?.c_info;
    const b = entry?.config?.b_info;
    if (!c || !b || typeof entry.domid !== "number") throw new ListError(`xl list -l entry ${i} lacks domid, c_info or b_info`);
    const t = GUEST_TYPES.includes(c.type) ? (c.type as GuestType) : null;
    const sub = (t && b[`type.${t}`]) || {};
    const maxvcpus = num(b.max_vcpus) || 1;
    return {
      domid: entry.domid,
      name: String(c.name ?? ""),
      uuid: String(c.uuid ?? ""),
      writtenType: t,
      memory: Math.round(num(b.target_memkb) / 1024),
      maxmem: Math.round(num(b.max_memkb) / 1024),
      vcpus: countVcpus(b.avail_vcpus, maxvcpus),
      maxvcpus,
      kernel: str(b.kernel) ?? str(sub.kernel),
      ramdisk: str(b.ramdisk) ?? str(sub.ramdisk),
      cmdline: str(b.cmdline) ?? str(sub.cmdline),
      bootloader: str(sub.bootloader) ?? str(b.bootloader),
      on_poweroff: str(entry.config.on_poweroff),
      on_reboot: str(entry.config.on_reboot),
      on_crash: str(entry.config.on_crash),
    };
  });
}

/** The value of `xenstore-read /libxl/<domid>/type`. */
export function parseEffectiveType(text: string): GuestType | null {
  const t = text.trim();
  return (GUEST_TYPES as readonly string[]).includes(t) ? (t as GuestType) : null;
}
