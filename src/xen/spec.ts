// A guest as the user declares it, in xl.cfg's own words. Attribute names are
// those of the xen_domain resource, so findings point at what the user wrote.

export interface DomainSpec {
  name: string;
  type?: string | null;
  kernel?: string | null;
  ramdisk?: string | null;
  cmdline?: string | null;
  root?: string | null;
  extra?: string | null;
  bootloader?: string | null;
  firmware?: string | null;
  /** MiB. */
  memory: number;
  /** MiB; xl's default is `memory`. */
  maxmem?: number | null;
  vcpus?: number | null;
  maxvcpus?: number | null;
  on_poweroff?: string | null;
  on_reboot?: string | null;
  on_crash?: string | null;
  gic_version?: string | null;
  vuart?: string | null;
  pvshim?: boolean | null;
  pvshim_path?: string | null;
  pvshim_cmdline?: string | null;
  pvshim_extra?: string | null;
  /** Other xl.cfg keys; each value as the user wrote it (see xlcfg.ts for how it is read). */
  xl_config?: Record<string, string> | null;
}

/** The first-class attributes that are also xl.cfg keys of the same name. */
export const FIRST_CLASS_KEYS = [
  "name", "type", "kernel", "ramdisk", "cmdline", "root", "extra", "bootloader", "firmware",
  "memory", "maxmem", "vcpus", "maxvcpus", "on_poweroff", "on_reboot", "on_crash",
  "gic_version", "vuart", "pvshim", "pvshim_path", "pvshim_cmdline", "pvshim_extra",
] as const;

export const LIFECYCLE_ACTIONS = [
  "destroy", "restart", "rename-restart", "preserve", "coredump-destroy", "coredump-restart", "soft-reset",
] as const;

/**
 * A spec from xen_domain attributes as the engine holds them (config, plan or
 * state values): strings, numbers and booleans by name, nulls for unset.
 */
export function specFromAttributes(o: Record<string, unknown>): DomainSpec {
  const s = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : null);
  const n = (k: string) => (typeof o[k] === "number" ? (o[k] as number) : null);
  const xl = o.xl_config;
  return {
    name: s("name") ?? "",
    type: s("type"),
    kernel: s("kernel"), ramdisk: s("ramdisk"), cmdline: s("cmdline"), root: s("root"), extra: s("extra"),
    bootloader: s("bootloader"), firmware: s("firmware"),
    memory: n("memory") ?? NaN,
    maxmem: n("maxmem"), vcpus: n("vcpus"), maxvcpus: n("maxvcpus"),
    on_poweroff: s("on_poweroff"), on_reboot: s("on_reboot"), on_crash: s("on_crash"),
    gic_version: s("gic_version"), vuart: s("vuart"),
    pvshim: typeof o.pvshim === "boolean" ? o.pvshim : null,
    pvshim_path: s("pvshim_path"), pvshim_cmdline: s("pvshim_cmdline"), pvshim_extra: s("pvshim_extra"),
    xl_config: xl && typeof xl === "object" && !Array.isArray(xl)
      ? Object.fromEntries(Object.entries(xl).filter(([, v]) => typeof v === "string")) as Record<string, string>
      : null,
  };
}
