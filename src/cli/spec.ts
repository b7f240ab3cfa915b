// A DomainSpec rebuilt from the attributes of a xen_domain instance in plan or state JSON.
import type { DomainSpec } from "../xen";
import type { Values } from "./tfjson";

export function specOf(o: Values): DomainSpec {
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
