/**
 * Table of the top-level keys that xl reads from a domain configuration
 * file (tools/xl/xl_parse.c, parse_config_data() and the helpers it calls).
 *
 * Derived by reading the Xen sources at the RELEASE-4.10.0 … RELEASE-4.21.0
 * tags (plus every stable point release, to catch backports).  No key was
 * removed from xl's parser between 4.10 and 4.21, so no row carries `until`.
 *
 * Conventions:
 *  - kind "boolean": xl reads an integer and treats any non-zero value as
 *    true (xlu_cfg_get_defbool).  Words such as "true"/"yes" are NOT
 *    accepted: xl prints a warning and behaves as if the key were absent.
 *  - kind "integer": strtol(…, 0) on the atom, so decimal, 0x-hex and
 *    leading-0 octal are all accepted; a quoted "-1" is accepted too.
 *    A malformed integer is usually only a warning (key treated as unset).
 *  - kind "any": xl accepts more than one shape (list or string, or
 *    integer or string); the summary names the preferred form.
 *  - arch: where the value only has an effect on one architecture.  xl
 *    itself parses every key on every architecture.
 *  - types: guest types for which the key has an effect (as of 4.20);
 *    absent = not restricted, or restriction not meaningful (Arm keys).
 *  - Keys introduced after 4.20 (4.21) are included with since "4.21" so
 *    the table can be filtered by version.
 */

export type Arch = "x86" | "arm";
export type KeyKind = "string" | "integer" | "boolean" | "list" | "number" | "any";

export interface XlKey {
  name: string;
  kind: KeyKind;
  since: string;
  until?: string;
  arch?: Arch;
  types?: ("pv" | "pvh" | "hvm")[];
  summary: string;
}

export const XL_KEYS: readonly XlKey[] = [
  // ---------------------------------------------------------------------
  // Identity and guest type
  // ---------------------------------------------------------------------
  { name: "name", kind: "string", since: "4.10", summary: "Domain name; mandatory, must be unique among running domains" },
  // Values are prefix-matched: "hvm", "pv", "pvh" (and abbreviations such as "h").
  // Default when absent: pv on x86, pvh on Arm (4.12+); Arm 4.10/4.11 guests are "pv".
  { name: "type", kind: "string", since: "4.10", summary: "Guest type: pv, pvh or hvm" },
  { name: "builder", kind: "string", since: "4.10", summary: "Deprecated predecessor of type: \"hvm\" or \"generic\" (= pv)" },
  { name: "uuid", kind: "string", since: "4.10", summary: "Fixed domain UUID; a random one is generated when absent" },
  { name: "pool", kind: "string", since: "4.10", summary: "Name of the cpupool to create the domain in" },
  { name: "seclabel", kind: "string", since: "4.10", summary: "XSM/FLASK security label for the domain" },
  { name: "init_seclabel", kind: "string", since: "4.10", summary: "XSM label used while building, before switching to seclabel" },
  { name: "driver_domain", kind: "boolean", since: "4.10", summary: "Mark the domain as a driver (backend) domain" },
  { name: "nomigrate", kind: "boolean", since: "4.10", summary: "Forbid migration (enables invariant-TSC style features)" },
  { name: "xend_suspend_evtchn_compat", kind: "boolean", since: "4.14", summary: "Publish the suspend event channel where old xend-era guests expect it" },
  { name: "xenstore_feature_mask", kind: "integer", since: "4.21", summary: "Mask of xenstore features advertised to the guest" },

  // ---------------------------------------------------------------------
  // vCPUs and scheduling
  // ---------------------------------------------------------------------
  { name: "vcpus", kind: "integer", since: "4.10", summary: "Number of vCPUs online at boot" },
  { name: "maxvcpus", kind: "integer", since: "4.10", summary: "Maximum vCPUs (defaults to vcpus; xl rejects maxvcpus < vcpus)" },
  { name: "cpus", kind: "any", since: "4.10", summary: "Hard pCPU affinity, as a string (\"0-3,^1\", \"nodes:0\", \"all\") or a per-vCPU list" },
  { name: "cpus_soft", kind: "any", since: "4.10", summary: "Soft pCPU affinity, same syntax as cpus" },
  { name: "cpu_weight", kind: "integer", since: "4.10", summary: "Credit scheduler weight" },
  { name: "cap", kind: "integer", since: "4.10", summary: "Credit scheduler cap, percent of one pCPU (0 = none)" },
  { name: "period", kind: "integer", since: "4.10", summary: "Scheduler period parameter (RTDS/ARINC-style schedulers)" },
  { name: "slice", kind: "integer", since: "4.10", summary: "Scheduler slice parameter" },
  { name: "latency", kind: "integer", since: "4.10", summary: "Scheduler latency parameter" },
  { name: "extratime", kind: "integer", since: "4.10", summary: "Scheduler extratime flag/parameter" },
  { name: "vnuma", kind: "list", since: "4.10", summary: "Virtual NUMA topology: list of per-node option lists" },
  // LLC colouring is only implemented for Arm64 in 4.20.
  { name: "llc_colors", kind: "list", since: "4.20", arch: "arm", summary: "Last-level-cache colours assigned to the guest (\"N\" or \"A-B\")" },

  // ---------------------------------------------------------------------
  // Memory
  // ---------------------------------------------------------------------
  { name: "memory", kind: "integer", since: "4.10", summary: "Initial RAM in MiB" },
  { name: "maxmem", kind: "integer", since: "4.10", summary: "Maximum RAM in MiB (defaults to memory); larger than memory = pre-ballooned/PoD" },
  // Used for the shadow pool on x86 and the P2M pool on Arm (paging mempool).
  { name: "shadow_memory", kind: "integer", since: "4.10", summary: "Paging/shadow pool size in MiB" },
  { name: "videoram", kind: "integer", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulated video RAM in MiB" },
  { name: "mmio_hole", kind: "integer", since: "4.10", arch: "x86", types: ["hvm"], summary: "Size of the MMIO hole below 4 GiB in MiB" },
  // xl reads rdm for every type but stores it in HVM-only fields.
  { name: "rdm", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "Reserved device memory policy, e.g. \"strategy=host,policy=relaxed\"" },
  { name: "rdm_mem_boundary", kind: "integer", since: "4.10", arch: "x86", types: ["hvm"], summary: "Boundary (MiB) below which RDM conflicts are handled" },

  // ---------------------------------------------------------------------
  // Kernel / boot
  // ---------------------------------------------------------------------
  { name: "kernel", kind: "string", since: "4.10", summary: "Path (in dom0) of the kernel image to boot directly" },
  { name: "ramdisk", kind: "string", since: "4.10", summary: "Path (in dom0) of the initial ramdisk" },
  { name: "cmdline", kind: "string", since: "4.10", summary: "Full kernel command line; overrides root and extra" },
  { name: "root", kind: "string", since: "4.10", summary: "Becomes \"root=<value>\" at the start of the command line when cmdline is absent" },
  { name: "extra", kind: "string", since: "4.10", summary: "Appended to the command line after root= when cmdline is absent" },
  { name: "device_tree", kind: "string", since: "4.10", arch: "arm", summary: "Partial device tree blob whose /passthrough node is merged into the guest DT" },
  { name: "bootloader", kind: "string", since: "4.10", types: ["pv", "pvh"], summary: "Dom0 program (e.g. pygrub) that picks the kernel from the guest disk" },
  // Preferred as a list; a plain string is still accepted (split on whitespace) with a deprecation warning.
  { name: "bootloader_args", kind: "any", since: "4.10", types: ["pv", "pvh"], summary: "Arguments for the bootloader, preferably a list of strings" },
  { name: "bootloader_restrict", kind: "boolean", since: "4.18", types: ["pv", "pvh"], summary: "Run the bootloader de-privileged" },
  { name: "bootloader_user", kind: "string", since: "4.18", types: ["pv", "pvh"], summary: "Unix user to run a restricted bootloader as" },
  // HVM: seabios/rombios/ovmf/uefi/bios or a firmware path.  PV/PVH: only
  // pvgrub32/pvgrub64 (x86), mapped to <firmware dir>/<name>.bin; conflicts with kernel.
  { name: "firmware", kind: "string", since: "4.10", summary: "Guest firmware: BIOS flavour/path (HVM) or pvgrub32/pvgrub64 (PV/PVH)" },
  { name: "firmware_override", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "Replace hvmloader with a custom binary" },
  { name: "bios", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "BIOS flavour: rombios, seabios or ovmf" },
  { name: "bios_path_override", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "Custom path for the selected BIOS image" },
  { name: "smbios_firmware", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "File of extra SMBIOS structures for the guest" },
  { name: "acpi_firmware", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "File of extra ACPI tables for the guest" },
  { name: "smbios", kind: "list", since: "4.18", arch: "x86", types: ["hvm"], summary: "SMBIOS string overrides as \"field=value\" items" },
  // pvshim* were backported into 4.10.1 (absent from 4.10.0); "4.11" is the
  // conservative answer, 4.10.1+ also reads them.
  { name: "pvshim", kind: "boolean", since: "4.11", arch: "x86", types: ["pvh"], summary: "Run a PV guest inside a PVH shim container" },
  { name: "pvshim_path", kind: "string", since: "4.11", arch: "x86", types: ["pvh"], summary: "Non-default shim binary path" },
  { name: "pvshim_cmdline", kind: "string", since: "4.11", arch: "x86", types: ["pvh"], summary: "Command line for the shim (replaces the default)" },
  { name: "pvshim_extra", kind: "string", since: "4.11", arch: "x86", types: ["pvh"], summary: "Extra arguments appended to the shim command line" },

  // ---------------------------------------------------------------------
  // Lifecycle actions (exact, case-sensitive values)
  // destroy | restart | rename-restart | preserve | coredump-destroy |
  // coredump-restart | soft-reset
  // ---------------------------------------------------------------------
  { name: "on_poweroff", kind: "string", since: "4.10", summary: "Action when the guest powers off (default destroy)" },
  { name: "on_reboot", kind: "string", since: "4.10", summary: "Action when the guest reboots (default restart)" },
  { name: "on_watchdog", kind: "string", since: "4.10", summary: "Action when the watchdog fires (default destroy)" },
  { name: "on_crash", kind: "string", since: "4.10", summary: "Action when the guest crashes (default destroy)" },
  { name: "on_soft_reset", kind: "string", since: "4.10", summary: "Action on guest soft reset (default soft-reset)" },

  // ---------------------------------------------------------------------
  // Grant tables, event channels, passthrough mode
  // ---------------------------------------------------------------------
  // 4.10-4.12: plain integer; 4.13+: bounded 0..INT_MAX and out-of-range is fatal.
  { name: "max_grant_frames", kind: "integer", since: "4.10", summary: "Grant table size limit in frames" },
  { name: "max_maptrack_frames", kind: "integer", since: "4.10", summary: "Maptrack table size limit in frames" },
  { name: "max_grant_version", kind: "integer", since: "4.16", summary: "Highest grant table ABI version the guest may use" },
  { name: "max_event_channels", kind: "integer", since: "4.10", summary: "Event channel limit for the domain" },
  { name: "passthrough", kind: "string", since: "4.13", summary: "IOMMU setup: default, disabled, enabled, sync_pt or share_pt" },

  // ---------------------------------------------------------------------
  // Paravirtual and passthrough devices
  // ---------------------------------------------------------------------
  { name: "disk", kind: "list", since: "4.10", summary: "Virtual block devices, one disk spec string per item" },
  { name: "vif", kind: "list", since: "4.10", summary: "Virtual network interfaces, one spec string per item" },
  { name: "vif2", kind: "list", since: "4.10", summary: "Obsolete netchannel2 list; xl only warns and ignores it" },
  { name: "vtpm", kind: "list", since: "4.10", summary: "Virtual TPM devices" },
  { name: "p9", kind: "list", since: "4.10", summary: "9pfs shared filesystems" },
  { name: "pvcalls", kind: "list", since: "4.11", summary: "PV calls (socket) backends" },
  { name: "vfb", kind: "list", since: "4.10", summary: "Virtual framebuffers (mainly PV guests)" },
  { name: "vkb", kind: "list", since: "4.12", summary: "Virtual keyboard/pointer devices" },
  { name: "vdispl", kind: "list", since: "4.10", summary: "Virtual display devices" },
  { name: "vsnd", kind: "list", since: "4.12", summary: "Virtual sound cards: nested lists of card/pcm/stream options" },
  { name: "channel", kind: "list", since: "4.10", summary: "Named guest<->dom0 character channels" },
  { name: "usbctrl", kind: "list", since: "4.10", summary: "Virtual USB controllers" },
  { name: "usbdev", kind: "list", since: "4.10", summary: "USB devices to attach to virtual controllers" },
  // 4.18+ virtio-mmio devices; only wired up on Arm in practice.
  { name: "virtio", kind: "list", since: "4.18", arch: "arm", summary: "Virtio (MMIO) devices" },
  // PCI passthrough on Arm is experimental (vPCI); treated here as generic.
  { name: "pci", kind: "list", since: "4.10", summary: "PCI devices to pass through (BDF spec strings)" },
  { name: "pci_msitranslate", kind: "boolean", since: "4.10", summary: "Default msitranslate for all pci items" },
  { name: "pci_power_mgmt", kind: "boolean", since: "4.10", summary: "Default power_mgmt for all pci items" },
  { name: "pci_permissive", kind: "boolean", since: "4.10", summary: "Default permissive flag for all pci items" },
  { name: "pci_seize", kind: "boolean", since: "4.10", summary: "Default seize flag for all pci items" },
  { name: "dtdev", kind: "list", since: "4.10", arch: "arm", summary: "Host device-tree node paths to pass through" },
  { name: "iomem", kind: "list", since: "4.10", summary: "Machine memory ranges to map: \"IOMEM_START,NUM_PAGES[@GFN]\"" },
  { name: "irqs", kind: "list", since: "4.10", summary: "Physical IRQs the guest may use" },
  { name: "ioports", kind: "list", since: "4.10", arch: "x86", summary: "Legacy I/O port ranges the guest may access" },

  // ---------------------------------------------------------------------
  // x86 platform / HVM features
  // ---------------------------------------------------------------------
  // HAP is always used on Arm; the option only matters on x86 HVM/PVH.
  { name: "hap", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm", "pvh"], summary: "Use hardware-assisted paging" },
  { name: "oos", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Allow out-of-sync shadow page tables" },
  // Also meaningful on Arm (ACPI guests, default off there), hence no arch.
  { name: "acpi", kind: "boolean", since: "4.10", summary: "Expose ACPI tables to the guest" },
  { name: "acpi_s3", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Advertise the S3 sleep state" },
  { name: "acpi_s4", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Advertise the S4 sleep state" },
  { name: "acpi_laptop_slate", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Expose the laptop/slate ACPI switch" },
  // 4.10 read apic for every guest type; from 4.11 only for HVM.
  { name: "apic", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Provide a local APIC to the guest" },
  { name: "pae", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Expose PAE to the guest" },
  { name: "nx", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Expose the NX bit to the guest" },
  { name: "hpet", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulate an HPET" },
  { name: "vpt_align", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Align virtual platform timer interrupts" },
  { name: "hvm_pirq", kind: "boolean", since: "4.19", arch: "x86", types: ["hvm"], summary: "Let the guest route interrupts over event channels (PIRQs)" },
  { name: "viridian", kind: "any", since: "4.10", arch: "x86", types: ["hvm"], summary: "Hyper-V enlightenments: boolean, or list of group names (\"defaults\", \"all\", \"!name\")" },
  // xl reads nestedhvm for every type; Xen refuses it for PV.
  { name: "nestedhvm", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm", "pvh"], summary: "Expose virtualisation extensions to the guest" },
  // Integer form (0-3) is accepted but the named form is preferred:
  // disabled | mixed | external | limited.  Xen rejects it for PV.
  { name: "altp2m", kind: "any", since: "4.10", arch: "x86", types: ["hvm", "pvh"], summary: "Alternate p2m mode (prefer the named string form)" },
  { name: "altp2mhvm", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Deprecated boolean form of altp2m" },
  { name: "altp2m_count", kind: "integer", since: "4.21", arch: "x86", types: ["hvm", "pvh"], summary: "Number of alternate p2m views (0..65535)" },
  { name: "ms_vm_genid", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "VM generation ID: \"generate\" or \"none\"" },
  { name: "mca_caps", kind: "list", since: "4.10", arch: "x86", types: ["hvm"], summary: "Machine-check capabilities to expose (only \"lmce\")" },
  { name: "cpuid", kind: "any", since: "4.10", arch: "x86", summary: "CPUID policy tweaks, as a libxl string or a legacy list" },
  // Integer form is deprecated; names: default, always_emulate, native, native_paravirt.
  { name: "tsc_mode", kind: "any", since: "4.10", arch: "x86", summary: "TSC handling mode (prefer the named string form)" },
  // Rejected with an error for PV guests.
  { name: "timer_mode", kind: "any", since: "4.10", arch: "x86", types: ["hvm", "pvh"], summary: "Virtual timer behaviour (prefer the named string form)" },
  { name: "rtc_timeoffset", kind: "integer", since: "4.10", arch: "x86", summary: "Offset in seconds added to the guest wallclock" },
  { name: "localtime", kind: "boolean", since: "4.10", arch: "x86", summary: "Start the guest clock in dom0 local time instead of UTC" },
  { name: "e820_host", kind: "boolean", since: "4.10", arch: "x86", types: ["pv"], summary: "Give a PV guest a host-like E820 memory map" },
  { name: "msr_relaxed", kind: "boolean", since: "4.15", arch: "x86", summary: "Relaxed handling of unknown MSR accesses (xl warns it will go away)" },
  // Xen only accepts vmtrace for HVM-container guests.
  { name: "vmtrace_buf_kb", kind: "integer", since: "4.15", arch: "x86", types: ["hvm", "pvh"], summary: "Per-vCPU processor-trace buffer size in KiB" },
  { name: "xen_platform_pci", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Provide the Xen platform PCI device" },
  { name: "xen_platform_pci_bar_uc", kind: "boolean", since: "4.21", arch: "x86", types: ["hvm"], summary: "Mark the platform device BAR uncacheable" },
  { name: "vendor_device", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "Vendor-specific platform device (\"xenserver\" or \"none\")" },
  { name: "vkb_device", kind: "boolean", since: "4.13", arch: "x86", types: ["hvm"], summary: "Create a PV keyboard backend for an HVM guest" },

  // ---------------------------------------------------------------------
  // Device model (QEMU) and stub domains
  // ---------------------------------------------------------------------
  { name: "device_model", kind: "string", since: "4.10", summary: "Obsolete; xl prints a warning and ignores it" },
  { name: "device_model_override", kind: "string", since: "4.10", summary: "Path of a non-default device model binary" },
  { name: "device_model_version", kind: "string", since: "4.10", summary: "\"qemu-xen\" or \"qemu-xen-traditional\"" },
  { name: "device_model_stubdomain_override", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Run the device model in a stub domain" },
  { name: "device_model_stubdomain_seclabel", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "XSM label of the device-model stub domain" },
  { name: "device_model_user", kind: "string", since: "4.10", summary: "Unix user to run QEMU as" },
  { name: "device_model_args", kind: "list", since: "4.10", summary: "Extra QEMU arguments for any guest type" },
  { name: "device_model_args_pv", kind: "list", since: "4.10", types: ["pv"], summary: "Extra QEMU arguments for PV guests" },
  { name: "device_model_args_hvm", kind: "list", since: "4.10", arch: "x86", types: ["hvm"], summary: "Extra QEMU arguments for HVM guests" },
  { name: "stubdomain_kernel", kind: "string", since: "4.14", arch: "x86", types: ["hvm"], summary: "Kernel image for the device-model stub domain" },
  { name: "stubdomain_cmdline", kind: "string", since: "4.16", arch: "x86", types: ["hvm"], summary: "Command line for the stub domain kernel" },
  { name: "stubdomain_ramdisk", kind: "string", since: "4.14", arch: "x86", types: ["hvm"], summary: "Ramdisk for the device-model stub domain" },
  { name: "stubdomain_memory", kind: "integer", since: "4.14", arch: "x86", types: ["hvm"], summary: "Stub domain memory in MiB" },
  { name: "dm_restrict", kind: "boolean", since: "4.10", summary: "Run QEMU with reduced privileges" },

  // ---------------------------------------------------------------------
  // Display, console and emulated HVM peripherals
  // ---------------------------------------------------------------------
  // For PV guests the vnc*/sdl keys only apply when no vfb list is given.
  { name: "vnc", kind: "boolean", since: "4.10", types: ["pv", "hvm"], summary: "Enable a VNC display" },
  { name: "vnclisten", kind: "string", since: "4.10", types: ["pv", "hvm"], summary: "Address (optionally :display) for VNC to listen on" },
  { name: "vncpasswd", kind: "string", since: "4.10", types: ["pv", "hvm"], summary: "VNC password" },
  { name: "vncdisplay", kind: "integer", since: "4.10", types: ["pv", "hvm"], summary: "VNC display number" },
  { name: "vncunused", kind: "boolean", since: "4.10", types: ["pv", "hvm"], summary: "Pick the first free VNC display" },
  { name: "vncviewer", kind: "integer", since: "4.10", summary: "Obsolete; xl warns and ignores it (use xl create -V)" },
  { name: "sdl", kind: "boolean", since: "4.10", types: ["pv", "hvm"], summary: "Enable an SDL display window" },
  { name: "opengl", kind: "boolean", since: "4.10", types: ["pv", "hvm"], summary: "Use OpenGL for the SDL display" },
  { name: "display", kind: "string", since: "4.10", types: ["pv", "hvm"], summary: "X11 DISPLAY for the SDL window" },
  { name: "xauthority", kind: "string", since: "4.10", types: ["pv", "hvm"], summary: "XAUTHORITY file for the SDL window" },
  { name: "keymap", kind: "string", since: "4.10", types: ["pv", "hvm"], summary: "Keyboard layout for VNC/SDL" },
  { name: "vga", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulated graphics card: stdvga, cirrus, qxl or none" },
  { name: "stdvga", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Legacy switch: stdvga instead of cirrus (ignored when vga is set)" },
  { name: "nographic", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Disable emulated graphics output" },
  { name: "spice", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Enable a SPICE display" },
  { name: "spiceport", kind: "integer", since: "4.10", arch: "x86", types: ["hvm"], summary: "SPICE TCP port" },
  { name: "spicetls_port", kind: "integer", since: "4.10", arch: "x86", types: ["hvm"], summary: "SPICE TLS port" },
  { name: "spicehost", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "Address SPICE listens on" },
  { name: "spicedisable_ticketing", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Allow SPICE clients without a password" },
  { name: "spicepasswd", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "SPICE password" },
  { name: "spiceagent_mouse", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Use the SPICE agent for mouse input" },
  { name: "spicevdagent", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Enable the SPICE vdagent channel" },
  { name: "spice_clipboard_sharing", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Share the clipboard over SPICE" },
  { name: "spiceusbredirection", kind: "integer", since: "4.10", arch: "x86", types: ["hvm"], summary: "Number of SPICE USB redirection channels" },
  { name: "spice_image_compression", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "SPICE image compression setting" },
  { name: "spice_streaming_video", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "SPICE video streaming setting" },
  // Integer form enables default passthrough; string form names the kind (e.g. "igd").
  { name: "gfx_passthru", kind: "any", since: "4.10", arch: "x86", types: ["hvm"], summary: "Graphics passthrough: boolean or a kind string" },
  // Preferred as a list; a single string is still accepted.
  { name: "serial", kind: "any", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulated serial port(s): string or list of QEMU specs" },
  { name: "boot", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulated boot device order, e.g. \"cd\"" },
  { name: "usb", kind: "boolean", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulate a USB controller" },
  { name: "usbversion", kind: "integer", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulated USB controller version (1, 2 or 3)" },
  { name: "usbdevice", kind: "any", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulated USB device(s): string or list" },
  { name: "soundhw", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulated sound hardware model" },
  { name: "hdtype", kind: "string", since: "4.10", arch: "x86", types: ["hvm"], summary: "Emulated disk controller: ide or ahci" },

  // ---------------------------------------------------------------------
  // Arm-specific
  // ---------------------------------------------------------------------
  // Accepted (case-insensitive): default, v2, v3.  "native" is NOT accepted.
  { name: "gic_version", kind: "string", since: "4.10", arch: "arm", summary: "Emulated GIC version: default, v2 or v3" },
  // Only "sbsa_uart" is useful (libxl's enum also accepts "unknown" = none).
  { name: "vuart", kind: "string", since: "4.10", arch: "arm", summary: "Emulated UART for the guest console: \"sbsa_uart\"" },
  // 4.13-4.17: none | optee; 4.18+: also ffa.
  { name: "tee", kind: "string", since: "4.13", arch: "arm", summary: "Trusted Execution Environment mediator: none, optee, ffa (4.18+)" },
  { name: "sve", kind: "string", since: "4.18", arch: "arm", summary: "SVE vector length: disabled, hw, or a multiple of 128 up to 2048" },
  { name: "nr_spis", kind: "integer", since: "4.19", arch: "arm", summary: "Minimum number of SPIs to allocate to the guest vGIC" },
  // xl reads it on every arch; libxl on x86 fails the build if it is set to 1.
  { name: "trap_unmapped_accesses", kind: "boolean", since: "4.21", arch: "arm", summary: "Trap (rather than ignore) guest accesses to unmapped MMIO" },
  { name: "arm_sci", kind: "string", since: "4.21", arch: "arm", summary: "Arm SCI mediator options, e.g. \"type=scmi_smc\"" },

  // ---------------------------------------------------------------------
  // Performance monitoring
  // ---------------------------------------------------------------------
  // xl.cfg(5) for 4.20 says "currently ARM only"; only Arm's Xen reports vPMU availability.
  { name: "vpmu", kind: "boolean", since: "4.16", arch: "arm", summary: "Give the guest direct access to PMU registers" },
];
