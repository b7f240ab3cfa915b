// A host's `allow` block: what a configuration may make root run in dom0 there. Whoever
// writes a guest's configuration chooses its bootloader, the hotplug scripts of its disks
// and interfaces, the device model's binary and arguments, and (for a volume) a file to
// copy: all run or read as root in dom0. That is xl's design; a host with an `allow` block
// lets the plan refuse anything it does not list, before anything reaches the host.
import { error, type Diagnostic, type Path } from "../provider/framework";
import { isUnknown, type CtyValue } from "../provider/cty";

export interface HostAllow {
  /** Bootloaders and disk/vif hotplug scripts, as the configuration names them; null: any. */
  programs: string[] | null;
  /** Whether xl_config may set the device model's keys (device_model_*, stubdomain_*). */
  deviceModelKeys: boolean;
  /** Directories a volume's `source` may be copied from; null: any. */
  volumeSources: string[] | null;
}

/** xl.cfg keys that choose what runs as the device model, or with what arguments. */
export const isDeviceModelKey = (key: string) => /^(device_model|stubdomain_)/.test(key);

const cure = (host: string, what: string) => `The host "${host}" allows only what its allow block lists (${what}). Use one of those, or ask whoever runs the host to add it.`;

/** The `script=` items of xl.cfg disk or vif entries. */
function scriptsIn(entries: unknown): string[] {
  const list = typeof entries === "string" ? (entries.trim().startsWith("[") ? safeList(entries) : [entries]) : [];
  return list.flatMap((e) => [...e.matchAll(/(?:^|,)\s*script\s*=([^,]*)/g)].map((m) => m[1].trim()));
}

function safeList(text: string): string[] {
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** The plan's errors for a guest that names what the host does not allow. */
export function guestAllowFindings(host: string, allow: HostAllow | undefined, config: Record<string, CtyValue>): Diagnostic[] {
  if (!allow) return [];
  const out: Diagnostic[] = [];
  const programs = allow.programs;
  const program = (value: unknown, path: Path, what: string) => {
    if (programs === null || typeof value !== "string" || value === "" || programs.includes(value)) return;
    out.push(error(`${what} "${value}" is not allowed on host "${host}"`, `It would run as root in dom0. ${cure(host, `programs: ${programs.join(", ") || "none"}`)}`, path));
  };
  program(config.bootloader, ["bootloader"], "bootloader");
  for (const kind of ["disk", "vif"] as const) {
    const blocks = config[kind];
    if (Array.isArray(blocks)) blocks.forEach((d, i) => program((d as Record<string, unknown>)?.script, [kind, i, "script"], `${kind}[${i}].script`));
  }
  const xl = config.xl_config;
  if (xl && typeof xl === "object" && !isUnknown(xl) && !Array.isArray(xl)) {
    for (const [key, value] of Object.entries(xl as Record<string, unknown>)) {
      const path: Path = ["xl_config", { key }];
      if (isDeviceModelKey(key) && !allow.deviceModelKeys) {
        out.push(error(`xl_config["${key}"] is not allowed on host "${host}"`, `It chooses what the device model runs in dom0, as root. ${cure(host, "device_model_keys = false")}`, path));
      }
      if (key === "disk" || key === "vif") for (const s of scriptsIn(value)) program(s, path, `the script of an xl_config ${key} entry`);
    }
  }
  return out;
}

/** The plan's error for a volume copied from outside the directories the host allows. */
export function volumeAllowFindings(host: string, allow: HostAllow | undefined, source: CtyValue): Diagnostic[] {
  if (!allow || allow.volumeSources === null || typeof source !== "string") return [];
  const inside = !source.split("/").includes("..") && allow.volumeSources.some((d) => source.startsWith(`${d.replace(/\/+$/, "")}/`));
  return inside ? [] : [error(`source "${source}" is not allowed on host "${host}"`,
    `A volume's source is read as root in dom0. ${cure(host, `volume_sources: ${allow.volumeSources.join(", ") || "none"}`)}`, ["source"])];
}

/**
 * The plan's error for a file placed outside the directories the host allows: writing as root
 * anywhere is running code as root (a file in /etc/cron.d), so a host with an allow block takes
 * xen_file's files only in its volume_sources, where the images volumes copy from live.
 */
export function fileAllowFindings(host: string, allow: HostAllow | undefined, directory: string): Diagnostic[] {
  if (!allow || allow.volumeSources === null) return [];
  const dir = directory.replace(/\/+$/, "");
  const inside = !dir.split("/").includes("..") && allow.volumeSources.some((d) => {
    const a = d.replace(/\/+$/, "");
    return dir === a || dir.startsWith(`${a}/`);
  });
  return inside ? [] : [error(`directory "${directory}" is not allowed on host "${host}"`,
    `Root writes xen_file's files there. ${cure(host, `volume_sources: ${allow.volumeSources.join(", ") || "none"}`)}`, ["directory"])];
}
