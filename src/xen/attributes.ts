// The attributes of xen_domain, once. Each row says what the attribute is (value
// type; required, optional or computed), what changing it does to a running guest,
// the architecture it applies to, the values xl takes, its default, and what it
// means. Derived from these rows: the provider's schema with its replacement and
// unknown-marking (src/resources/xen-domain-schema.ts), the model's string, path and
// architecture checks and the xl.cfg order (domain.ts), DomainSpec and
// specFromAttributes (spec.ts), the registry docs, and the constructs' guest props
// and enums (scripts/gen-constructs.mjs). A new attribute is a row here plus its rule.
import type { ArchFamily } from "./arch/rules";
import { DISK_FIELDS, VIF_FIELDS, type DeviceField, type DeviceKind } from "./devices";
import { GUEST_TYPES } from "./guest-type";

/** The value type: cty's string, number and bool, and a map of strings. */
export type AttributeType = "string" | "number" | "bool" | "string-map";

/** Who sets it: the user (required / optional), the provider (computed), or either (optional-computed). */
export type AttributeUse = "required" | "optional" | "optional-computed" | "computed";

/**
 * What changing it does to a running guest:
 * - `replace`: a new guest (the plan says "forces replacement");
 * - `in-place`: applied to the running guest, or only to the stored config and state;
 * - `arch`: in place where the host's architecture changes it live (ArchRules.changesLive), else replace.
 */
export type OnChange = "replace" | "in-place" | "arch";

/**
 * Where the value goes: an xl.cfg key of the same name (`xl.cfg`), the xl_config map
 * (`xl_config`), the provider's own handling (`provider`), or read back from what runs (`read`).
 */
export type Carrier = "xl.cfg" | "xl_config" | "provider" | "read";

/** Reads another attribute's value, its own default applied. */
export type Lookup = (name: string) => unknown;

export interface AttributeDefault {
  /** Markdown for the docs: "1", "`memory`", "the host's type (…)". */
  readonly text: string;
  /** The value the plan records when the attribute is unset; absent when it stays unset (xl decides). */
  readonly value?: number | boolean | ((get: Lookup) => unknown);
}

/** How the constructs' guest template (ArmGuestProps) carries an attribute. */
export interface TemplateProp {
  /** The prop's name; default: the attribute's name in camelCase. */
  readonly prop?: string;
  /** Required in the template though optional on xen_domain. */
  readonly required?: boolean;
  /** The enum the prop takes (its members are `values`); rows naming the same enum share it. */
  readonly enum?: { readonly name: string; readonly description: string; readonly members?: Readonly<Record<string, string>> };
}

export interface DomainAttribute {
  readonly name: string;
  readonly type: AttributeType;
  readonly use: AttributeUse;
  readonly change: OnChange;
  readonly carrier: Carrier;
  /** The one architecture whose libxl gives it a meaning; what the other does is the key table's rules (key-table.ts). */
  readonly arch?: ArchFamily;
  /** The values xl takes: checked by the attribute's rule, listed in the description. */
  readonly values?: readonly string[];
  /** xl compares the values case-insensitively. */
  readonly anyCase?: boolean;
  /** A path on the host, which xl resolves against its working directory when relative. */
  readonly hostPath?: boolean;
  readonly default?: AttributeDefault;
  /** Computed from the running guest: kept from the state until the guest is replaced (UseStateForUnknown). */
  readonly keepsState?: boolean;
  readonly sensitive?: boolean;
  /** Markdown: what it is. The description adds architecture, values, replacement and default. */
  readonly description: string;
  readonly template?: TemplateProp;
}

/** What a guest does when it powers off, reboots or crashes; xl compares exactly. */
export const LIFECYCLE_ACTIONS = [
  "destroy", "restart", "rename-restart", "preserve", "coredump-destroy", "coredump-restart", "soft-reset",
] as const;

const ACTION_ENUM = { name: "GuestAction", description: "What a guest does when it powers off, reboots or crashes (xl.cfg `on_*`)." } as const;

/** The rows, in xl.cfg order for the keys xl.cfg carries (the order the config is written in). */
export const DOMAIN_ATTRIBUTES = [
  { name: "id", type: "string", use: "computed", change: "in-place", carrier: "read", description: "`<host>/<name>`." },
  { name: "host", type: "string", use: "required", change: "replace", carrier: "provider", description: "The `name` of a `host` block of the provider." },
  { name: "name", type: "string", use: "required", change: "replace", carrier: "xl.cfg", description: "The domain name (xl.cfg `name`)." },
  {
    name: "type", type: "string", use: "optional-computed", change: "in-place", carrier: "xl.cfg", values: GUEST_TYPES,
    default: { text: "the host's type (x86: `pv`; Arm 4.12+: `pvh`)" },
    description: "The guest type as written in xl.cfg. On Arm 4.12+, `pv` is accepted and runs as PVH (plan warns). " +
      "A change that changes `effective_type` replaces the domain; one that does not (Arm `pv` to `pvh`) only rewrites the stored config.",
    template: {
      enum: {
        name: "GuestType", description: "A guest type as written in xl.cfg (`type = ...`).",
        members: {
          pv: "Paravirtualised. On Arm (Xen 4.12+) libxl runs it as PVH, with a warning.",
          pvh: "PVH: hardware virtualisation without a device model. What Arm guests are.",
          hvm: "Fully virtualised, with firmware and a device model. Not possible on Arm.",
        },
      },
    },
  },
  {
    name: "memory", type: "number", use: "required", change: "arch", carrier: "xl.cfg",
    description: "Memory in MiB. On x86, changes within `maxmem` apply in place (`xl mem-set`); on Arm a change replaces the domain (`xl mem-set` is not usable there).",
    template: { prop: "memoryMib" },
  },
  {
    name: "maxmem", type: "number", use: "optional-computed", change: "replace", carrier: "xl.cfg",
    default: { text: "`memory`", value: (get) => get("memory") },
    description: "Maximum memory in MiB. On Arm it cannot be above `memory` (no populate-on-demand: `xl create` fails).",
    template: { prop: "maxMemoryMib" },
  },
  {
    name: "vcpus", type: "number", use: "optional-computed", change: "in-place", carrier: "xl.cfg", default: { text: "1", value: 1 },
    description: "vCPUs online at start. Changes within `maxvcpus` apply in place (`xl vcpu-set`).", template: {},
  },
  {
    name: "maxvcpus", type: "number", use: "optional-computed", change: "replace", carrier: "xl.cfg",
    default: { text: "`vcpus`", value: (get) => get("vcpus") },
    description: "Maximum vCPUs: `vcpus` can be raised up to it in place. Limits: x86 PV 8192, x86 PVH/HVM 128, Arm GICv3 128, GICv2 8.",
    template: { prop: "maxVcpus" },
  },
  {
    name: "kernel", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", hostPath: true,
    description: "Path on the host of the kernel to boot.", template: {},
  },
  { name: "ramdisk", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", hostPath: true, description: "Path on the host of the initial ramdisk.", template: {} },
  { name: "cmdline", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", description: "Kernel command line; replaces `root` and `extra`.", template: {} },
  { name: "root", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", description: "Root device, appended to the command line as `root=`, when `cmdline` is unset." },
  { name: "extra", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", description: "Extra kernel command line text, when `cmdline` is unset." },
  { name: "bootloader", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", description: "Bootloader to run in dom0 (e.g. `pygrub`) instead of `kernel`." },
  {
    name: "firmware", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", hostPath: true,
    description: "Firmware to boot instead of `kernel`: for `hvm` guests `uefi`, `bios` or a path; for pv and pvh guests " +
      "(every Arm guest) only `pvgrub32` or `pvgrub64` (xl refuses anything else).",
  },
  {
    name: "on_poweroff", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", values: LIFECYCLE_ACTIONS,
    default: { text: "`destroy` (xl's)" }, description: "What the guest does when it powers off.", template: { enum: ACTION_ENUM },
  },
  {
    name: "on_reboot", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", values: LIFECYCLE_ACTIONS,
    default: { text: "`restart` (xl's)" }, description: "What the guest does when it reboots.", template: { enum: ACTION_ENUM },
  },
  {
    name: "on_crash", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", values: LIFECYCLE_ACTIONS,
    default: { text: "`destroy` (xl's)" }, description: "What the guest does when it crashes.", template: { enum: ACTION_ENUM },
  },
  {
    // Seen on the Arm test hosts: xl refuses "native", whatever older docs say.
    name: "gic_version", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", arch: "arm",
    values: ["default", "v2", "v3"], anyCase: true, default: { text: "`default` (the host's GIC)" },
    description: "The guest's interrupt controller (`v2` limits the guest to 8 vCPUs).", template: {},
  },
  {
    name: "vuart", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", arch: "arm", values: ["sbsa_uart"],
    default: { text: "none" }, description: "An emulated UART for the guest's console: `sbsa_uart` is an SBSA UART.", template: {},
  },
  {
    name: "pvshim", type: "bool", use: "optional", change: "replace", carrier: "xl.cfg", arch: "x86",
    description: "Run a PV kernel inside the PVH shim (for a PVH guest).",
  },
  { name: "pvshim_path", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", arch: "x86", hostPath: true, description: "Path of the shim binary." },
  { name: "pvshim_cmdline", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", arch: "x86", description: "The shim's command line." },
  { name: "pvshim_extra", type: "string", use: "optional", change: "replace", carrier: "xl.cfg", arch: "x86", description: "Extra shim command line text." },
  {
    name: "xl_config", type: "string-map", use: "optional", change: "replace", carrier: "xl_config",
    description: "Other xl.cfg keys. Each value is written the way xl reads that key: integer keys bare, string keys quoted, " +
      "list keys (disk, vif, ...) from `jsonencode([...])` or a single string. Keys are checked against the key table of the " +
      "host's Xen version, architecture and guest type: an unknown key, or one xl or libxl would drop there, is a warning; one xl, libxl or " +
      "Xen would refuse there is an error, as is a key that is an attribute here.",
    template: {},
  },
  {
    name: "autostart", type: "bool", use: "optional-computed", change: "in-place", carrier: "provider", default: { text: "`false`", value: false },
    description: "Start the guest when the host boots: its config is linked into xendomains' directory (`XENDOMAINS_AUTO` of " +
      "/etc/default/xendomains, else `/etc/xen/auto`). A missing or stale link is drift.",
    template: {},
  },
  {
    name: "shutdown_timeout", type: "number", use: "optional-computed", change: "in-place", carrier: "provider", default: { text: "60", value: 60 },
    description: "Seconds `xl shutdown -w` may take on destroy before `xl destroy`; 0 destroys at once.", template: {},
  },
  {
    name: "effective_type", type: "string", use: "computed", change: "replace", carrier: "read", values: GUEST_TYPES,
    description: "The type the guest runs as (libxl's, from xenstore `/libxl/<domid>/type`), known at plan time from the model. A change (drift) replaces the domain.",
  },
  { name: "domid", type: "number", use: "computed", change: "in-place", carrier: "read", keepsState: true, description: "The domain id." },
  {
    name: "uuid", type: "string", use: "computed", change: "in-place", carrier: "read", keepsState: true,
    description: "The domain's UUID, chosen by the provider at create: the provider only ever acts on the domain with this UUID.",
  },
  {
    name: "config", type: "string", use: "computed", change: "in-place", carrier: "read", sensitive: true,
    description: "The xl.cfg text written on the host, as the configuration plans it (the provider adds the guest's `uuid` line " +
      "and the interfaces' MACs when it writes the file). Sensitive: it can carry " +
      "values from sensitive inputs (a `vncpasswd` in `xl_config`, a token in `cmdline`), which the provider cannot tell apart.",
  },
] as const satisfies readonly DomainAttribute[];

export type DomainAttributeName = (typeof DOMAIN_ATTRIBUTES)[number]["name"];

const byName = new Map<string, DomainAttribute>(DOMAIN_ATTRIBUTES.map((a) => [a.name, a]));

/** The row of an attribute; throws on a name that is not one (a programming error). */
export function domainAttribute(name: string): DomainAttribute {
  const a = byName.get(name);
  if (!a) throw new Error(`xen_domain has no attribute "${name}"`);
  return a;
}

/** The rows written to xl.cfg under their own name, in xl.cfg order. */
export const XL_CFG_ATTRIBUTES: readonly DomainAttribute[] = DOMAIN_ATTRIBUTES.filter((a) => a.carrier === "xl.cfg");

/** The values xl takes for an attribute, from its row. */
export const valuesOf = (name: string): readonly string[] => domainAttribute(name).values ?? [];

/**
 * An attribute's value with defaults applied: the value given, else its row's default
 * (which may ask for another attribute's value, defaults applied in turn).
 */
export function withDefault(values: Readonly<Record<string, unknown>>, name: string, rows: readonly DomainAttribute[] = DOMAIN_ATTRIBUTES): unknown {
  const v = values[name];
  if (v !== null && v !== undefined) return v;
  const defaults = defaultsOf(rows);
  const get: Lookup = (n) => {
    const w = values[n];
    if (w !== null && w !== undefined) return w;
    const d = defaults.get(n);
    return typeof d === "function" ? d(get) : d ?? null;
  };
  return get(name);
}

/** Each row's default by name (the first row of a name), once per table: plans ask for them per guest. */
const defaultsByTable = new WeakMap<readonly DomainAttribute[], Map<string, unknown>>();
function defaultsOf(rows: readonly DomainAttribute[]): Map<string, unknown> {
  let m = defaultsByTable.get(rows);
  if (!m) {
    m = new Map();
    for (const r of rows) if (!m.has(r.name)) m.set(r.name, r.default?.value);
    defaultsByTable.set(rows, m);
  }
  return m;
}

const ARCH_LABEL: Record<ArchFamily, string> = { x86: "x86", arm: "Arm" };

const code = (v: string) => "`" + v + "`";

/**
 * The description the schema, the docs and the bindings carry: architecture, then what
 * it is, the allowed values, whether a change replaces the domain, and the default.
 */
export function describeAttribute(a: DomainAttribute, opts: { withDefault?: boolean } = {}): string {
  const parts: string[] = [];
  if (a.arch) parts.push(`${ARCH_LABEL[a.arch]} only.`);
  parts.push(a.description);
  const settable = a.use !== "computed";
  if (a.values?.length) {
    parts.push(`${settable ? "Allowed values" : "One of"}: ${a.values.map(code).join(", ")}${a.anyCase ? " (in any case)" : ""}.`);
  }
  if (settable && a.change === "replace") parts.push("Changing it replaces the domain.");
  if (a.default && opts.withDefault !== false) parts.push(`Default: ${a.default.text}.`);
  return parts.join(" ");
}

/** snake_case to camelCase, as the cdktf bindings name attributes. */
export const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The name of the constructs' template prop that carries an attribute, if any. */
export const templatePropOf = (a: DomainAttribute): string | undefined => (a.template ? a.template.prop ?? camelCase(a.name) : undefined);

/** A nested block of xen_domain: an ordered list of devices, each of the fields in devices.ts. */
export interface DomainBlock {
  readonly name: DeviceKind;
  readonly fields: readonly DeviceField[];
  /** Markdown: what one block is. */
  readonly description: string;
}

/**
 * The device blocks, in xl.cfg order (written after the attributes above). A device's
 * index is its device id, as in xl.cfg's lists. Adding or removing one, or changing
 * one, hot-plugs it where libxl can for the guest's type; otherwise the guest is replaced.
 */
export const DOMAIN_BLOCKS: readonly DomainBlock[] = [
  {
    name: "disk", fields: DISK_FIELDS,
    description: "A virtual disk (xl.cfg `disk`, in xl-disk-configuration's terms). Added, removed or changed in place " +
      "(`xl block-attach` / `block-detach`) where the guest's type allows; a `virtio` disk, or an HVM guest's emulated " +
      "(`hdX`/`sdX`) disk, replaces the domain.",
  },
  {
    name: "vif", fields: VIF_FIELDS,
    description: "A network interface (xl.cfg `vif`, in xl-network-configuration's terms); its index is its device id. " +
      "Added, removed or changed in place (`xl network-attach` / `network-detach`) where the guest's type allows; " +
      "an HVM guest's emulated interface replaces the domain.",
  },
];

/** A device field's description: what it is, the values xl takes, the Xen version it needs and its default. */
export function describeField(f: DeviceField, opts: { withDefault?: boolean } = {}): string {
  const parts = [f.description];
  if (f.values?.length) parts.push(`Allowed values: ${f.values.map(code).join(", ")}.`);
  if (f.since) parts.push(`Xen ${f.since} or later.`);
  if (f.default && opts.withDefault !== false) parts.push(`Default: ${f.default}.`);
  return parts.join(" ");
}
