// https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DomainConfig extends cdktf.TerraformMetaArguments {
  /**
  * Start the guest when the host boots: its config is linked into xendomains' directory (`XENDOMAINS_AUTO` of /etc/default/xendomains, else `/etc/xen/auto`). A missing or stale link is drift. Default: `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#autostart Domain#autostart}
  */
  readonly autostart?: boolean | cdktf.IResolvable;
  /**
  * Bootloader to run in dom0 (e.g. `pygrub`) instead of `kernel`. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#bootloader Domain#bootloader}
  */
  readonly bootloader?: string;
  /**
  * Kernel command line; replaces `root` and `extra`. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#cmdline Domain#cmdline}
  */
  readonly cmdline?: string;
  /**
  * Extra kernel command line text, when `cmdline` is unset. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#extra Domain#extra}
  */
  readonly extra?: string;
  /**
  * Firmware to boot instead of `kernel`: for `hvm` guests `uefi`, `bios` or a path; for pv and pvh guests (every Arm guest) only `pvgrub32` or `pvgrub64` (xl refuses anything else). Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#firmware Domain#firmware}
  */
  readonly firmware?: string;
  /**
  * Arm only. The guest's interrupt controller (`v2` limits the guest to 8 vCPUs). Allowed values: `default`, `v2`, `v3` (in any case). Changing it replaces the domain. Default: `default` (the host's GIC).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#gic_version Domain#gic_version}
  */
  readonly gicVersion?: string;
  /**
  * The `name` of a `host` block of the provider. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#host Domain#host}
  */
  readonly host: string;
  /**
  * Path on the host of the kernel to boot. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#kernel Domain#kernel}
  */
  readonly kernel?: string;
  /**
  * Maximum memory in MiB. On Arm it cannot be above `memory` (no populate-on-demand: `xl create` fails). Changing it replaces the domain. Default: `memory`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#maxmem Domain#maxmem}
  */
  readonly maxmem?: number;
  /**
  * Maximum vCPUs: `vcpus` can be raised up to it in place. Limits: x86 PV 8192, x86 PVH/HVM 128, Arm GICv3 128, GICv2 8. Changing it replaces the domain. Default: `vcpus`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#maxvcpus Domain#maxvcpus}
  */
  readonly maxvcpus?: number;
  /**
  * Memory in MiB. On x86, changes within `maxmem` apply in place (`xl mem-set`); on Arm a change replaces the domain (`xl mem-set` is not usable there).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#memory Domain#memory}
  */
  readonly memory: number;
  /**
  * The domain name (xl.cfg `name`). Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#name Domain#name}
  */
  readonly name: string;
  /**
  * What the guest does when it crashes. Allowed values: `destroy`, `restart`, `rename-restart`, `preserve`, `coredump-destroy`, `coredump-restart`, `soft-reset`. Changing it replaces the domain. Default: `destroy` (xl's).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#on_crash Domain#on_crash}
  */
  readonly onCrash?: string;
  /**
  * What the guest does when it powers off. Allowed values: `destroy`, `restart`, `rename-restart`, `preserve`, `coredump-destroy`, `coredump-restart`, `soft-reset`. Changing it replaces the domain. Default: `destroy` (xl's).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#on_poweroff Domain#on_poweroff}
  */
  readonly onPoweroff?: string;
  /**
  * What the guest does when it reboots. Allowed values: `destroy`, `restart`, `rename-restart`, `preserve`, `coredump-destroy`, `coredump-restart`, `soft-reset`. Changing it replaces the domain. Default: `restart` (xl's).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#on_reboot Domain#on_reboot}
  */
  readonly onReboot?: string;
  /**
  * x86 only. Run a PV kernel inside the PVH shim (for a PVH guest). Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#pvshim Domain#pvshim}
  */
  readonly pvshim?: boolean | cdktf.IResolvable;
  /**
  * x86 only. The shim's command line. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#pvshim_cmdline Domain#pvshim_cmdline}
  */
  readonly pvshimCmdline?: string;
  /**
  * x86 only. Extra shim command line text. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#pvshim_extra Domain#pvshim_extra}
  */
  readonly pvshimExtra?: string;
  /**
  * x86 only. Path of the shim binary. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#pvshim_path Domain#pvshim_path}
  */
  readonly pvshimPath?: string;
  /**
  * Path on the host of the initial ramdisk. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#ramdisk Domain#ramdisk}
  */
  readonly ramdisk?: string;
  /**
  * Root device, appended to the command line as `root=`, when `cmdline` is unset. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#root Domain#root}
  */
  readonly root?: string;
  /**
  * Seconds `xl shutdown -w` may take on destroy before `xl destroy`; 0 destroys at once. Default: 60.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#shutdown_timeout Domain#shutdown_timeout}
  */
  readonly shutdownTimeout?: number;
  /**
  * The guest type as written in xl.cfg. On Arm 4.12+, `pv` is accepted and runs as PVH (plan warns). A change that changes `effective_type` replaces the domain; one that does not (Arm `pv` to `pvh`) only rewrites the stored config. Allowed values: `pv`, `pvh`, `hvm`. Default: the host's type (x86: `pv`; Arm 4.12+: `pvh`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#type Domain#type}
  */
  readonly type?: string;
  /**
  * vCPUs online at start. Changes within `maxvcpus` apply in place (`xl vcpu-set`). Default: 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#vcpus Domain#vcpus}
  */
  readonly vcpus?: number;
  /**
  * Arm only. An emulated UART for the guest's console: `sbsa_uart` is an SBSA UART. Allowed values: `sbsa_uart`. Changing it replaces the domain. Default: none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#vuart Domain#vuart}
  */
  readonly vuart?: string;
  /**
  * Other xl.cfg keys. Each value is written the way xl reads that key: integer keys bare, string keys quoted, list keys (disk, vif, ...) from `jsonencode([...])` or a single string. Keys are checked against the key table of the host's Xen version, architecture and guest type: an unknown key, or one xl or libxl would drop there, is a warning; one xl, libxl or Xen would refuse there is an error, as is a key that is an attribute here. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#xl_config Domain#xl_config}
  */
  readonly xlConfig?: { [key: string]: string };
  /**
  * cloud_init block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#cloud_init Domain#cloud_init}
  */
  readonly cloudInit?: DomainCloudInit;
  /**
  * disk block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#disk Domain#disk}
  */
  readonly disk?: DomainDisk[] | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#timeouts Domain#timeouts}
  */
  readonly timeouts?: DomainTimeouts;
  /**
  * vif block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#vif Domain#vif}
  */
  readonly vif?: DomainVif[] | cdktf.IResolvable;
}
export interface DomainCloudInit {
  /**
  * The meta-data, a YAML mapping. `instance-id` defaults to the guest's `uuid`, `local-hostname` to its `name`; keys given here override them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#meta_data Domain#meta_data}
  */
  readonly metaData?: string;
  /**
  * Network configuration, version 1 or 2 (written as `network-config`). Unset: no such file, cloud-init's default (DHCP on the first interface).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#network_config Domain#network_config}
  */
  readonly networkConfig?: string;
  /**
  * The user-data: a `#cloud-config` (checked at plan: YAML that does not parse is an error with its line, a key Debian's cloud-init schema refuses a warning naming it), or anything else cloud-init takes (a `#!` script, MIME multipart, `#include`), passed as it is. Sensitive: it often holds passwords. At most 64 MiB with the other two.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#user_data Domain#user_data}
  */
  readonly userData?: string;
  /**
  * The virtual device the seed is attached as. Default: `xvdz`, or `hdd` for an HVM guest (an emulated disk, seen with or without PV drivers). It must not be one of the guest's `disk` blocks'.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#vdev Domain#vdev}
  */
  readonly vdev?: string;
}

export function domainCloudInitToTerraform(struct?: DomainCloudInit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    meta_data: cdktf.stringToTerraform(struct!.metaData),
    network_config: cdktf.stringToTerraform(struct!.networkConfig),
    user_data: cdktf.stringToTerraform(struct!.userData),
    vdev: cdktf.stringToTerraform(struct!.vdev),
  }
}


export function domainCloudInitToHclTerraform(struct?: DomainCloudInit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    meta_data: {
      value: cdktf.stringToHclTerraform(struct!.metaData),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    network_config: {
      value: cdktf.stringToHclTerraform(struct!.networkConfig),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user_data: {
      value: cdktf.stringToHclTerraform(struct!.userData),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vdev: {
      value: cdktf.stringToHclTerraform(struct!.vdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DomainCloudInitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DomainCloudInit | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._metaData !== undefined) {
      hasAnyValues = true;
      internalValueResult.metaData = this._metaData;
    }
    if (this._networkConfig !== undefined) {
      hasAnyValues = true;
      internalValueResult.networkConfig = this._networkConfig;
    }
    if (this._userData !== undefined) {
      hasAnyValues = true;
      internalValueResult.userData = this._userData;
    }
    if (this._vdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.vdev = this._vdev;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DomainCloudInit | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._metaData = undefined;
      this._networkConfig = undefined;
      this._userData = undefined;
      this._vdev = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._metaData = value.metaData;
      this._networkConfig = value.networkConfig;
      this._userData = value.userData;
      this._vdev = value.vdev;
    }
  }

  // identity - computed: true, optional: false, required: false
  public get identity() {
    return this.getStringAttribute('identity');
  }

  // instance_id - computed: true, optional: false, required: false
  public get instanceId() {
    return this.getStringAttribute('instance_id');
  }

  // meta_data - computed: false, optional: true, required: false
  private _metaData?: string; 
  public get metaData() {
    return this.getStringAttribute('meta_data');
  }
  public set metaData(value: string) {
    this._metaData = value;
  }
  public resetMetaData() {
    this._metaData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metaDataInput() {
    return this._metaData;
  }

  // network_config - computed: false, optional: true, required: false
  private _networkConfig?: string; 
  public get networkConfig() {
    return this.getStringAttribute('network_config');
  }
  public set networkConfig(value: string) {
    this._networkConfig = value;
  }
  public resetNetworkConfig() {
    this._networkConfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkConfigInput() {
    return this._networkConfig;
  }

  // path - computed: true, optional: false, required: false
  public get path() {
    return this.getStringAttribute('path');
  }

  // sha256 - computed: true, optional: false, required: false
  public get sha256() {
    return this.getStringAttribute('sha256');
  }

  // user_data - computed: false, optional: true, required: false
  private _userData?: string; 
  public get userData() {
    return this.getStringAttribute('user_data');
  }
  public set userData(value: string) {
    this._userData = value;
  }
  public resetUserData() {
    this._userData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDataInput() {
    return this._userData;
  }

  // vdev - computed: true, optional: true, required: false
  private _vdev?: string; 
  public get vdev() {
    return this.getStringAttribute('vdev');
  }
  public set vdev(value: string) {
    this._vdev = value;
  }
  public resetVdev() {
    this._vdev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vdevInput() {
    return this._vdev;
  }
}
export interface DomainDisk {
  /**
  * Read-only or read-write. Allowed values: `ro`, `rw`. Default: `rw` (`ro` for a cdrom).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#access Domain#access}
  */
  readonly access?: string;
  /**
  * The backend domain, by name or id. Default: `0` (dom0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#backend Domain#backend}
  */
  readonly backend?: string;
  /**
  * The backend implementation: `phy` (the kernel's blkback; raw only), `qdisk` (QEMU in the backend domain), `standalone` (raw only), `tap`. Allowed values: `phy`, `qdisk`, `standalone`, `tap`. Default: chosen by libxl from the target and format.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#backendtype Domain#backendtype}
  */
  readonly backendtype?: string;
  /**
  * `cdrom` for a CD-ROM drive (its `target` may be empty: no medium). Allowed values: `cdrom`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#devtype Domain#devtype}
  */
  readonly devtype?: string;
  /**
  * The backend may use direct I/O on `target` (safe only where the storage allows it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#direct_io_safe Domain#direct_io_safe}
  */
  readonly directIoSafe?: boolean | cdktf.IResolvable;
  /**
  * Whether the guest may discard (TRIM) blocks. Default: the backend's.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#discard Domain#discard}
  */
  readonly discard?: boolean | cdktf.IResolvable;
  /**
  * The image format of `target`. Allowed values: `raw`, `qcow`, `qcow2`, `vhd`, `qed`. Default: `raw`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#format Domain#format}
  */
  readonly format?: string;
  /**
  * The hotplug script that sets up `target` (e.g. `block-iscsi`), instead of the default block script.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#script Domain#script}
  */
  readonly script?: string;
  /**
  * The protocol the guest sees: `xen` (blkfront) or `virtio` (virtio-mmio, Arm only; cannot be hot-plugged). Allowed values: `xen`, `virtio`. Xen 4.17 or later. Default: `xen`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#specification Domain#specification}
  */
  readonly specification?: string;
  /**
  * The image on the host: a file or a block device. Empty only for a cdrom without a medium.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#target Domain#target}
  */
  readonly target?: string;
  /**
  * Whether the backend is trusted by the guest (`false` asks the frontend to harden itself against it). Xen 4.19 or later. Default: `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#trusted Domain#trusted}
  */
  readonly trusted?: boolean | cdktf.IResolvable;
  /**
  * The virtual device the guest sees: `xvda`, `xvdb`, ... (`hdX` and `sdX` are emulated names, for HVM guests).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#vdev Domain#vdev}
  */
  readonly vdev: string;
}

export function domainDiskToTerraform(struct?: DomainDisk | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    access: cdktf.stringToTerraform(struct!.access),
    backend: cdktf.stringToTerraform(struct!.backend),
    backendtype: cdktf.stringToTerraform(struct!.backendtype),
    devtype: cdktf.stringToTerraform(struct!.devtype),
    direct_io_safe: cdktf.booleanToTerraform(struct!.directIoSafe),
    discard: cdktf.booleanToTerraform(struct!.discard),
    format: cdktf.stringToTerraform(struct!.format),
    script: cdktf.stringToTerraform(struct!.script),
    specification: cdktf.stringToTerraform(struct!.specification),
    target: cdktf.stringToTerraform(struct!.target),
    trusted: cdktf.booleanToTerraform(struct!.trusted),
    vdev: cdktf.stringToTerraform(struct!.vdev),
  }
}


export function domainDiskToHclTerraform(struct?: DomainDisk | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    access: {
      value: cdktf.stringToHclTerraform(struct!.access),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    backend: {
      value: cdktf.stringToHclTerraform(struct!.backend),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    backendtype: {
      value: cdktf.stringToHclTerraform(struct!.backendtype),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    devtype: {
      value: cdktf.stringToHclTerraform(struct!.devtype),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    direct_io_safe: {
      value: cdktf.booleanToHclTerraform(struct!.directIoSafe),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    discard: {
      value: cdktf.booleanToHclTerraform(struct!.discard),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    format: {
      value: cdktf.stringToHclTerraform(struct!.format),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    script: {
      value: cdktf.stringToHclTerraform(struct!.script),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    specification: {
      value: cdktf.stringToHclTerraform(struct!.specification),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    target: {
      value: cdktf.stringToHclTerraform(struct!.target),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    trusted: {
      value: cdktf.booleanToHclTerraform(struct!.trusted),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    vdev: {
      value: cdktf.stringToHclTerraform(struct!.vdev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DomainDiskOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DomainDisk | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._access !== undefined) {
      hasAnyValues = true;
      internalValueResult.access = this._access;
    }
    if (this._backend !== undefined) {
      hasAnyValues = true;
      internalValueResult.backend = this._backend;
    }
    if (this._backendtype !== undefined) {
      hasAnyValues = true;
      internalValueResult.backendtype = this._backendtype;
    }
    if (this._devtype !== undefined) {
      hasAnyValues = true;
      internalValueResult.devtype = this._devtype;
    }
    if (this._directIoSafe !== undefined) {
      hasAnyValues = true;
      internalValueResult.directIoSafe = this._directIoSafe;
    }
    if (this._discard !== undefined) {
      hasAnyValues = true;
      internalValueResult.discard = this._discard;
    }
    if (this._format !== undefined) {
      hasAnyValues = true;
      internalValueResult.format = this._format;
    }
    if (this._script !== undefined) {
      hasAnyValues = true;
      internalValueResult.script = this._script;
    }
    if (this._specification !== undefined) {
      hasAnyValues = true;
      internalValueResult.specification = this._specification;
    }
    if (this._target !== undefined) {
      hasAnyValues = true;
      internalValueResult.target = this._target;
    }
    if (this._trusted !== undefined) {
      hasAnyValues = true;
      internalValueResult.trusted = this._trusted;
    }
    if (this._vdev !== undefined) {
      hasAnyValues = true;
      internalValueResult.vdev = this._vdev;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DomainDisk | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._access = undefined;
      this._backend = undefined;
      this._backendtype = undefined;
      this._devtype = undefined;
      this._directIoSafe = undefined;
      this._discard = undefined;
      this._format = undefined;
      this._script = undefined;
      this._specification = undefined;
      this._target = undefined;
      this._trusted = undefined;
      this._vdev = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._access = value.access;
      this._backend = value.backend;
      this._backendtype = value.backendtype;
      this._devtype = value.devtype;
      this._directIoSafe = value.directIoSafe;
      this._discard = value.discard;
      this._format = value.format;
      this._script = value.script;
      this._specification = value.specification;
      this._target = value.target;
      this._trusted = value.trusted;
      this._vdev = value.vdev;
    }
  }

  // access - computed: false, optional: true, required: false
  private _access?: string; 
  public get access() {
    return this.getStringAttribute('access');
  }
  public set access(value: string) {
    this._access = value;
  }
  public resetAccess() {
    this._access = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessInput() {
    return this._access;
  }

  // backend - computed: false, optional: true, required: false
  private _backend?: string; 
  public get backend() {
    return this.getStringAttribute('backend');
  }
  public set backend(value: string) {
    this._backend = value;
  }
  public resetBackend() {
    this._backend = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backendInput() {
    return this._backend;
  }

  // backendtype - computed: false, optional: true, required: false
  private _backendtype?: string; 
  public get backendtype() {
    return this.getStringAttribute('backendtype');
  }
  public set backendtype(value: string) {
    this._backendtype = value;
  }
  public resetBackendtype() {
    this._backendtype = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backendtypeInput() {
    return this._backendtype;
  }

  // devtype - computed: false, optional: true, required: false
  private _devtype?: string; 
  public get devtype() {
    return this.getStringAttribute('devtype');
  }
  public set devtype(value: string) {
    this._devtype = value;
  }
  public resetDevtype() {
    this._devtype = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get devtypeInput() {
    return this._devtype;
  }

  // direct_io_safe - computed: false, optional: true, required: false
  private _directIoSafe?: boolean | cdktf.IResolvable; 
  public get directIoSafe() {
    return this.getBooleanAttribute('direct_io_safe');
  }
  public set directIoSafe(value: boolean | cdktf.IResolvable) {
    this._directIoSafe = value;
  }
  public resetDirectIoSafe() {
    this._directIoSafe = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directIoSafeInput() {
    return this._directIoSafe;
  }

  // discard - computed: false, optional: true, required: false
  private _discard?: boolean | cdktf.IResolvable; 
  public get discard() {
    return this.getBooleanAttribute('discard');
  }
  public set discard(value: boolean | cdktf.IResolvable) {
    this._discard = value;
  }
  public resetDiscard() {
    this._discard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discardInput() {
    return this._discard;
  }

  // format - computed: false, optional: true, required: false
  private _format?: string; 
  public get format() {
    return this.getStringAttribute('format');
  }
  public set format(value: string) {
    this._format = value;
  }
  public resetFormat() {
    this._format = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formatInput() {
    return this._format;
  }

  // script - computed: false, optional: true, required: false
  private _script?: string; 
  public get script() {
    return this.getStringAttribute('script');
  }
  public set script(value: string) {
    this._script = value;
  }
  public resetScript() {
    this._script = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scriptInput() {
    return this._script;
  }

  // specification - computed: false, optional: true, required: false
  private _specification?: string; 
  public get specification() {
    return this.getStringAttribute('specification');
  }
  public set specification(value: string) {
    this._specification = value;
  }
  public resetSpecification() {
    this._specification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get specificationInput() {
    return this._specification;
  }

  // target - computed: false, optional: true, required: false
  private _target?: string; 
  public get target() {
    return this.getStringAttribute('target');
  }
  public set target(value: string) {
    this._target = value;
  }
  public resetTarget() {
    this._target = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target;
  }

  // trusted - computed: false, optional: true, required: false
  private _trusted?: boolean | cdktf.IResolvable; 
  public get trusted() {
    return this.getBooleanAttribute('trusted');
  }
  public set trusted(value: boolean | cdktf.IResolvable) {
    this._trusted = value;
  }
  public resetTrusted() {
    this._trusted = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get trustedInput() {
    return this._trusted;
  }

  // vdev - computed: false, optional: false, required: true
  private _vdev?: string; 
  public get vdev() {
    return this.getStringAttribute('vdev');
  }
  public set vdev(value: string) {
    this._vdev = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vdevInput() {
    return this._vdev;
  }
}

export class DomainDiskList extends cdktf.ComplexList {
  public internalValue? : DomainDisk[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DomainDiskOutputReference {
    return new DomainDiskOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DomainTimeouts {
  /**
  * Waiting for the host-side lock, writing the config and `xl create`. Default: `10m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#create Domain#create}
  */
  readonly create?: string;
  /**
  * `xl destroy` and removing the config, after `shutdown_timeout`. Default: `10m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#delete Domain#delete}
  */
  readonly delete?: string;
  /**
  * `xl mem-set`, `xl vcpu-set` and rewriting the config. Default: `10m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#update Domain#update}
  */
  readonly update?: string;
}

export function domainTimeoutsToTerraform(struct?: DomainTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function domainTimeoutsToHclTerraform(struct?: DomainTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DomainTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DomainTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DomainTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}
export interface DomainVifWaitForIp {
  /**
  * Wait for an address of this family only. Default: either. Allowed values: `ipv4`, `ipv6`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#family Domain#family}
  */
  readonly family?: string;
  /**
  * Where this interface's addresses are read, during the wait and on every refresh: `agent` (xenstore entries an agent in the guest writes), `neighbour` (dom0's neighbour table: the guest must have exchanged packets with dom0 on the bridge), or `any` (the agent's when it wrote some, else the neighbour table). Default: `any`. Allowed values: `any`, `agent`, `neighbour`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#source Domain#source}
  */
  readonly source?: string;
  /**
  * How long to wait, a duration like `90s`, `5m` or `1h` (at most 24h). Default: `5m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#timeout Domain#timeout}
  */
  readonly timeout?: string;
}

export function domainVifWaitForIpToTerraform(struct?: DomainVifWaitForIp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    family: cdktf.stringToTerraform(struct!.family),
    source: cdktf.stringToTerraform(struct!.source),
    timeout: cdktf.stringToTerraform(struct!.timeout),
  }
}


export function domainVifWaitForIpToHclTerraform(struct?: DomainVifWaitForIp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    family: {
      value: cdktf.stringToHclTerraform(struct!.family),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source: {
      value: cdktf.stringToHclTerraform(struct!.source),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timeout: {
      value: cdktf.stringToHclTerraform(struct!.timeout),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DomainVifWaitForIpOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DomainVifWaitForIp | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._family !== undefined) {
      hasAnyValues = true;
      internalValueResult.family = this._family;
    }
    if (this._source !== undefined) {
      hasAnyValues = true;
      internalValueResult.source = this._source;
    }
    if (this._timeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeout = this._timeout;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DomainVifWaitForIp | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._family = undefined;
      this._source = undefined;
      this._timeout = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._family = value.family;
      this._source = value.source;
      this._timeout = value.timeout;
    }
  }

  // family - computed: false, optional: true, required: false
  private _family?: string; 
  public get family() {
    return this.getStringAttribute('family');
  }
  public set family(value: string) {
    this._family = value;
  }
  public resetFamily() {
    this._family = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get familyInput() {
    return this._family;
  }

  // source - computed: false, optional: true, required: false
  private _source?: string; 
  public get source() {
    return this.getStringAttribute('source');
  }
  public set source(value: string) {
    this._source = value;
  }
  public resetSource() {
    this._source = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source;
  }

  // timeout - computed: false, optional: true, required: false
  private _timeout?: string; 
  public get timeout() {
    return this.getStringAttribute('timeout');
  }
  public set timeout(value: string) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }
}
export interface DomainVif {
  /**
  * The backend domain, by name or id. Default: `0` (dom0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#backend Domain#backend}
  */
  readonly backend?: string;
  /**
  * The bridge in the backend domain the interface is plugged into. Default: `xenbr0`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#bridge Domain#bridge}
  */
  readonly bridge?: string;
  /**
  * The dom0 interface the `vif-route` / `vif-nat` scripts route through.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#gatewaydev Domain#gatewaydev}
  */
  readonly gatewaydev?: string;
  /**
  * The guest's IP addresses, space-separated (for the `vif-route` and `vif-nat` scripts, and anti-spoofing).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#ip Domain#ip}
  */
  readonly ip?: string;
  /**
  * The MAC address, `xx:xx:xx:xx:xx:xx` (unicast). Default: a random address in `00:16:3e` (Xen's prefix), read back so it stays.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#mac Domain#mac}
  */
  readonly mac?: string;
  /**
  * HVM only: the emulated NIC's model (e.g. `e1000`, `rtl8139`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#model Domain#model}
  */
  readonly model?: string;
  /**
  * The interface's MTU. Xen 4.15 or later. Default: `1500`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#mtu Domain#mtu}
  */
  readonly mtu?: number;
  /**
  * Outgoing bandwidth limit, `<N><unit>/s[@<interval>]` with unit `B`, `KB`, `MB`, `GB` (bytes) or `b`, `Kb`, `Mb`, `Gb` (bits) and interval `us`, `ms` or `s` (default `50ms`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#rate Domain#rate}
  */
  readonly rate?: string;
  /**
  * The hotplug script that plugs the interface in. Default: `vif-bridge`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#script Domain#script}
  */
  readonly script?: string;
  /**
  * Whether the backend trusts the guest. Xen 4.17 or later. Default: `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#trusted Domain#trusted}
  */
  readonly trusted?: boolean | cdktf.IResolvable;
  /**
  * HVM only: `ioemu` adds an emulated NIC (`model`) beside the PV one, `vif` only the PV one. PV and PVH guests (every Arm guest) have only `vif`. Allowed values: `vif`, `ioemu`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#type Domain#type}
  */
  readonly type?: string;
  /**
  * The backend interface's name in dom0 (at most 15 bytes, a Linux interface name). Default: `vif<domid>.<devid>`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#vifname Domain#vifname}
  */
  readonly vifname?: string;
  /**
  * The 802.1Q VLAN id (1-4094) the backend tags the interface's traffic with. Xen 4.19 or later.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#vlan Domain#vlan}
  */
  readonly vlan?: number;
  /**
  * wait_for_ip block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#wait_for_ip Domain#wait_for_ip}
  */
  readonly waitForIp?: DomainVifWaitForIp;
}

export function domainVifToTerraform(struct?: DomainVif | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    backend: cdktf.stringToTerraform(struct!.backend),
    bridge: cdktf.stringToTerraform(struct!.bridge),
    gatewaydev: cdktf.stringToTerraform(struct!.gatewaydev),
    ip: cdktf.stringToTerraform(struct!.ip),
    mac: cdktf.stringToTerraform(struct!.mac),
    model: cdktf.stringToTerraform(struct!.model),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    rate: cdktf.stringToTerraform(struct!.rate),
    script: cdktf.stringToTerraform(struct!.script),
    trusted: cdktf.booleanToTerraform(struct!.trusted),
    type: cdktf.stringToTerraform(struct!.type),
    vifname: cdktf.stringToTerraform(struct!.vifname),
    vlan: cdktf.numberToTerraform(struct!.vlan),
    wait_for_ip: domainVifWaitForIpToTerraform(struct!.waitForIp),
  }
}


export function domainVifToHclTerraform(struct?: DomainVif | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    backend: {
      value: cdktf.stringToHclTerraform(struct!.backend),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gatewaydev: {
      value: cdktf.stringToHclTerraform(struct!.gatewaydev),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ip: {
      value: cdktf.stringToHclTerraform(struct!.ip),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    model: {
      value: cdktf.stringToHclTerraform(struct!.model),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    rate: {
      value: cdktf.stringToHclTerraform(struct!.rate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    script: {
      value: cdktf.stringToHclTerraform(struct!.script),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    trusted: {
      value: cdktf.booleanToHclTerraform(struct!.trusted),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vifname: {
      value: cdktf.stringToHclTerraform(struct!.vifname),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vlan: {
      value: cdktf.numberToHclTerraform(struct!.vlan),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    wait_for_ip: {
      value: domainVifWaitForIpToHclTerraform(struct!.waitForIp),
      isBlock: true,
      type: "struct",
      storageClassType: "DomainVifWaitForIp",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DomainVifOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DomainVif | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backend !== undefined) {
      hasAnyValues = true;
      internalValueResult.backend = this._backend;
    }
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._gatewaydev !== undefined) {
      hasAnyValues = true;
      internalValueResult.gatewaydev = this._gatewaydev;
    }
    if (this._ip !== undefined) {
      hasAnyValues = true;
      internalValueResult.ip = this._ip;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._model !== undefined) {
      hasAnyValues = true;
      internalValueResult.model = this._model;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._rate !== undefined) {
      hasAnyValues = true;
      internalValueResult.rate = this._rate;
    }
    if (this._script !== undefined) {
      hasAnyValues = true;
      internalValueResult.script = this._script;
    }
    if (this._trusted !== undefined) {
      hasAnyValues = true;
      internalValueResult.trusted = this._trusted;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._vifname !== undefined) {
      hasAnyValues = true;
      internalValueResult.vifname = this._vifname;
    }
    if (this._vlan !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlan = this._vlan;
    }
    if (this._waitForIp?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.waitForIp = this._waitForIp?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DomainVif | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backend = undefined;
      this._bridge = undefined;
      this._gatewaydev = undefined;
      this._ip = undefined;
      this._mac = undefined;
      this._model = undefined;
      this._mtu = undefined;
      this._rate = undefined;
      this._script = undefined;
      this._trusted = undefined;
      this._type = undefined;
      this._vifname = undefined;
      this._vlan = undefined;
      this._waitForIp.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backend = value.backend;
      this._bridge = value.bridge;
      this._gatewaydev = value.gatewaydev;
      this._ip = value.ip;
      this._mac = value.mac;
      this._model = value.model;
      this._mtu = value.mtu;
      this._rate = value.rate;
      this._script = value.script;
      this._trusted = value.trusted;
      this._type = value.type;
      this._vifname = value.vifname;
      this._vlan = value.vlan;
      this._waitForIp.internalValue = value.waitForIp;
    }
  }

  // address_source - computed: true, optional: false, required: false
  public get addressSource() {
    return this.getStringAttribute('address_source');
  }

  // backend - computed: false, optional: true, required: false
  private _backend?: string; 
  public get backend() {
    return this.getStringAttribute('backend');
  }
  public set backend(value: string) {
    this._backend = value;
  }
  public resetBackend() {
    this._backend = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backendInput() {
    return this._backend;
  }

  // bridge - computed: false, optional: true, required: false
  private _bridge?: string; 
  public get bridge() {
    return this.getStringAttribute('bridge');
  }
  public set bridge(value: string) {
    this._bridge = value;
  }
  public resetBridge() {
    this._bridge = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bridgeInput() {
    return this._bridge;
  }

  // gatewaydev - computed: false, optional: true, required: false
  private _gatewaydev?: string; 
  public get gatewaydev() {
    return this.getStringAttribute('gatewaydev');
  }
  public set gatewaydev(value: string) {
    this._gatewaydev = value;
  }
  public resetGatewaydev() {
    this._gatewaydev = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewaydevInput() {
    return this._gatewaydev;
  }

  // ip - computed: false, optional: true, required: false
  private _ip?: string; 
  public get ip() {
    return this.getStringAttribute('ip');
  }
  public set ip(value: string) {
    this._ip = value;
  }
  public resetIp() {
    this._ip = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipInput() {
    return this._ip;
  }

  // ipv4_addresses - computed: true, optional: false, required: false
  public get ipv4Addresses() {
    return this.getListAttribute('ipv4_addresses');
  }

  // ipv6_addresses - computed: true, optional: false, required: false
  public get ipv6Addresses() {
    return this.getListAttribute('ipv6_addresses');
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // model - computed: false, optional: true, required: false
  private _model?: string; 
  public get model() {
    return this.getStringAttribute('model');
  }
  public set model(value: string) {
    this._model = value;
  }
  public resetModel() {
    this._model = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modelInput() {
    return this._model;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // rate - computed: false, optional: true, required: false
  private _rate?: string; 
  public get rate() {
    return this.getStringAttribute('rate');
  }
  public set rate(value: string) {
    this._rate = value;
  }
  public resetRate() {
    this._rate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateInput() {
    return this._rate;
  }

  // script - computed: false, optional: true, required: false
  private _script?: string; 
  public get script() {
    return this.getStringAttribute('script');
  }
  public set script(value: string) {
    this._script = value;
  }
  public resetScript() {
    this._script = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scriptInput() {
    return this._script;
  }

  // trusted - computed: false, optional: true, required: false
  private _trusted?: boolean | cdktf.IResolvable; 
  public get trusted() {
    return this.getBooleanAttribute('trusted');
  }
  public set trusted(value: boolean | cdktf.IResolvable) {
    this._trusted = value;
  }
  public resetTrusted() {
    this._trusted = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get trustedInput() {
    return this._trusted;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // vifname - computed: false, optional: true, required: false
  private _vifname?: string; 
  public get vifname() {
    return this.getStringAttribute('vifname');
  }
  public set vifname(value: string) {
    this._vifname = value;
  }
  public resetVifname() {
    this._vifname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vifnameInput() {
    return this._vifname;
  }

  // vlan - computed: false, optional: true, required: false
  private _vlan?: number; 
  public get vlan() {
    return this.getNumberAttribute('vlan');
  }
  public set vlan(value: number) {
    this._vlan = value;
  }
  public resetVlan() {
    this._vlan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanInput() {
    return this._vlan;
  }

  // wait_for_ip - computed: false, optional: true, required: false
  private _waitForIp = new DomainVifWaitForIpOutputReference(this, "wait_for_ip");
  public get waitForIp() {
    return this._waitForIp;
  }
  public putWaitForIp(value: DomainVifWaitForIp) {
    this._waitForIp.internalValue = value;
  }
  public resetWaitForIp() {
    this._waitForIp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForIpInput() {
    return this._waitForIp.internalValue;
  }
}

export class DomainVifList extends cdktf.ComplexList {
  public internalValue? : DomainVif[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DomainVifOutputReference {
    return new DomainVifOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain xen_domain}
*/
export class Domain extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "xen_domain";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Domain resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Domain to import
  * @param importFromId The id of the existing Domain that should be imported. Refer to the {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Domain to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "xen_domain", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain xen_domain} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DomainConfig
  */
  public constructor(scope: Construct, id: string, config: DomainConfig) {
    super(scope, id, {
      terraformResourceType: 'xen_domain',
      terraformGeneratorMetadata: {
        providerName: 'xen',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._autostart = config.autostart;
    this._bootloader = config.bootloader;
    this._cmdline = config.cmdline;
    this._extra = config.extra;
    this._firmware = config.firmware;
    this._gicVersion = config.gicVersion;
    this._host = config.host;
    this._kernel = config.kernel;
    this._maxmem = config.maxmem;
    this._maxvcpus = config.maxvcpus;
    this._memory = config.memory;
    this._name = config.name;
    this._onCrash = config.onCrash;
    this._onPoweroff = config.onPoweroff;
    this._onReboot = config.onReboot;
    this._pvshim = config.pvshim;
    this._pvshimCmdline = config.pvshimCmdline;
    this._pvshimExtra = config.pvshimExtra;
    this._pvshimPath = config.pvshimPath;
    this._ramdisk = config.ramdisk;
    this._root = config.root;
    this._shutdownTimeout = config.shutdownTimeout;
    this._type = config.type;
    this._vcpus = config.vcpus;
    this._vuart = config.vuart;
    this._xlConfig = config.xlConfig;
    this._cloudInit.internalValue = config.cloudInit;
    this._disk.internalValue = config.disk;
    this._timeouts.internalValue = config.timeouts;
    this._vif.internalValue = config.vif;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // autostart - computed: true, optional: true, required: false
  private _autostart?: boolean | cdktf.IResolvable; 
  public get autostart() {
    return this.getBooleanAttribute('autostart');
  }
  public set autostart(value: boolean | cdktf.IResolvable) {
    this._autostart = value;
  }
  public resetAutostart() {
    this._autostart = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autostartInput() {
    return this._autostart;
  }

  // bootloader - computed: false, optional: true, required: false
  private _bootloader?: string; 
  public get bootloader() {
    return this.getStringAttribute('bootloader');
  }
  public set bootloader(value: string) {
    this._bootloader = value;
  }
  public resetBootloader() {
    this._bootloader = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootloaderInput() {
    return this._bootloader;
  }

  // cmdline - computed: false, optional: true, required: false
  private _cmdline?: string; 
  public get cmdline() {
    return this.getStringAttribute('cmdline');
  }
  public set cmdline(value: string) {
    this._cmdline = value;
  }
  public resetCmdline() {
    this._cmdline = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cmdlineInput() {
    return this._cmdline;
  }

  // config - computed: true, optional: false, required: false
  public get config() {
    return this.getStringAttribute('config');
  }

  // domid - computed: true, optional: false, required: false
  public get domid() {
    return this.getNumberAttribute('domid');
  }

  // effective_type - computed: true, optional: false, required: false
  public get effectiveType() {
    return this.getStringAttribute('effective_type');
  }

  // extra - computed: false, optional: true, required: false
  private _extra?: string; 
  public get extra() {
    return this.getStringAttribute('extra');
  }
  public set extra(value: string) {
    this._extra = value;
  }
  public resetExtra() {
    this._extra = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraInput() {
    return this._extra;
  }

  // firmware - computed: false, optional: true, required: false
  private _firmware?: string; 
  public get firmware() {
    return this.getStringAttribute('firmware');
  }
  public set firmware(value: string) {
    this._firmware = value;
  }
  public resetFirmware() {
    this._firmware = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firmwareInput() {
    return this._firmware;
  }

  // gic_version - computed: false, optional: true, required: false
  private _gicVersion?: string; 
  public get gicVersion() {
    return this.getStringAttribute('gic_version');
  }
  public set gicVersion(value: string) {
    this._gicVersion = value;
  }
  public resetGicVersion() {
    this._gicVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gicVersionInput() {
    return this._gicVersion;
  }

  // host - computed: false, optional: false, required: true
  private _host?: string; 
  public get host() {
    return this.getStringAttribute('host');
  }
  public set host(value: string) {
    this._host = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // kernel - computed: false, optional: true, required: false
  private _kernel?: string; 
  public get kernel() {
    return this.getStringAttribute('kernel');
  }
  public set kernel(value: string) {
    this._kernel = value;
  }
  public resetKernel() {
    this._kernel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kernelInput() {
    return this._kernel;
  }

  // maxmem - computed: true, optional: true, required: false
  private _maxmem?: number; 
  public get maxmem() {
    return this.getNumberAttribute('maxmem');
  }
  public set maxmem(value: number) {
    this._maxmem = value;
  }
  public resetMaxmem() {
    this._maxmem = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxmemInput() {
    return this._maxmem;
  }

  // maxvcpus - computed: true, optional: true, required: false
  private _maxvcpus?: number; 
  public get maxvcpus() {
    return this.getNumberAttribute('maxvcpus');
  }
  public set maxvcpus(value: number) {
    this._maxvcpus = value;
  }
  public resetMaxvcpus() {
    this._maxvcpus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxvcpusInput() {
    return this._maxvcpus;
  }

  // memory - computed: false, optional: false, required: true
  private _memory?: number; 
  public get memory() {
    return this.getNumberAttribute('memory');
  }
  public set memory(value: number) {
    this._memory = value;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput() {
    return this._memory;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // on_crash - computed: false, optional: true, required: false
  private _onCrash?: string; 
  public get onCrash() {
    return this.getStringAttribute('on_crash');
  }
  public set onCrash(value: string) {
    this._onCrash = value;
  }
  public resetOnCrash() {
    this._onCrash = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onCrashInput() {
    return this._onCrash;
  }

  // on_poweroff - computed: false, optional: true, required: false
  private _onPoweroff?: string; 
  public get onPoweroff() {
    return this.getStringAttribute('on_poweroff');
  }
  public set onPoweroff(value: string) {
    this._onPoweroff = value;
  }
  public resetOnPoweroff() {
    this._onPoweroff = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onPoweroffInput() {
    return this._onPoweroff;
  }

  // on_reboot - computed: false, optional: true, required: false
  private _onReboot?: string; 
  public get onReboot() {
    return this.getStringAttribute('on_reboot');
  }
  public set onReboot(value: string) {
    this._onReboot = value;
  }
  public resetOnReboot() {
    this._onReboot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onRebootInput() {
    return this._onReboot;
  }

  // pvshim - computed: false, optional: true, required: false
  private _pvshim?: boolean | cdktf.IResolvable; 
  public get pvshim() {
    return this.getBooleanAttribute('pvshim');
  }
  public set pvshim(value: boolean | cdktf.IResolvable) {
    this._pvshim = value;
  }
  public resetPvshim() {
    this._pvshim = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pvshimInput() {
    return this._pvshim;
  }

  // pvshim_cmdline - computed: false, optional: true, required: false
  private _pvshimCmdline?: string; 
  public get pvshimCmdline() {
    return this.getStringAttribute('pvshim_cmdline');
  }
  public set pvshimCmdline(value: string) {
    this._pvshimCmdline = value;
  }
  public resetPvshimCmdline() {
    this._pvshimCmdline = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pvshimCmdlineInput() {
    return this._pvshimCmdline;
  }

  // pvshim_extra - computed: false, optional: true, required: false
  private _pvshimExtra?: string; 
  public get pvshimExtra() {
    return this.getStringAttribute('pvshim_extra');
  }
  public set pvshimExtra(value: string) {
    this._pvshimExtra = value;
  }
  public resetPvshimExtra() {
    this._pvshimExtra = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pvshimExtraInput() {
    return this._pvshimExtra;
  }

  // pvshim_path - computed: false, optional: true, required: false
  private _pvshimPath?: string; 
  public get pvshimPath() {
    return this.getStringAttribute('pvshim_path');
  }
  public set pvshimPath(value: string) {
    this._pvshimPath = value;
  }
  public resetPvshimPath() {
    this._pvshimPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pvshimPathInput() {
    return this._pvshimPath;
  }

  // ramdisk - computed: false, optional: true, required: false
  private _ramdisk?: string; 
  public get ramdisk() {
    return this.getStringAttribute('ramdisk');
  }
  public set ramdisk(value: string) {
    this._ramdisk = value;
  }
  public resetRamdisk() {
    this._ramdisk = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ramdiskInput() {
    return this._ramdisk;
  }

  // root - computed: false, optional: true, required: false
  private _root?: string; 
  public get root() {
    return this.getStringAttribute('root');
  }
  public set root(value: string) {
    this._root = value;
  }
  public resetRoot() {
    this._root = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rootInput() {
    return this._root;
  }

  // shutdown_timeout - computed: true, optional: true, required: false
  private _shutdownTimeout?: number; 
  public get shutdownTimeout() {
    return this.getNumberAttribute('shutdown_timeout');
  }
  public set shutdownTimeout(value: number) {
    this._shutdownTimeout = value;
  }
  public resetShutdownTimeout() {
    this._shutdownTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shutdownTimeoutInput() {
    return this._shutdownTimeout;
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // uuid - computed: true, optional: false, required: false
  public get uuid() {
    return this.getStringAttribute('uuid');
  }

  // vcpus - computed: true, optional: true, required: false
  private _vcpus?: number; 
  public get vcpus() {
    return this.getNumberAttribute('vcpus');
  }
  public set vcpus(value: number) {
    this._vcpus = value;
  }
  public resetVcpus() {
    this._vcpus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vcpusInput() {
    return this._vcpus;
  }

  // vuart - computed: false, optional: true, required: false
  private _vuart?: string; 
  public get vuart() {
    return this.getStringAttribute('vuart');
  }
  public set vuart(value: string) {
    this._vuart = value;
  }
  public resetVuart() {
    this._vuart = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vuartInput() {
    return this._vuart;
  }

  // xl_config - computed: false, optional: true, required: false
  private _xlConfig?: { [key: string]: string }; 
  public get xlConfig() {
    return this.getStringMapAttribute('xl_config');
  }
  public set xlConfig(value: { [key: string]: string }) {
    this._xlConfig = value;
  }
  public resetXlConfig() {
    this._xlConfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get xlConfigInput() {
    return this._xlConfig;
  }

  // cloud_init - computed: false, optional: true, required: false
  private _cloudInit = new DomainCloudInitOutputReference(this, "cloud_init");
  public get cloudInit() {
    return this._cloudInit;
  }
  public putCloudInit(value: DomainCloudInit) {
    this._cloudInit.internalValue = value;
  }
  public resetCloudInit() {
    this._cloudInit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudInitInput() {
    return this._cloudInit.internalValue;
  }

  // disk - computed: false, optional: true, required: false
  private _disk = new DomainDiskList(this, "disk", false);
  public get disk() {
    return this._disk;
  }
  public putDisk(value: DomainDisk[] | cdktf.IResolvable) {
    this._disk.internalValue = value;
  }
  public resetDisk() {
    this._disk.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskInput() {
    return this._disk.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new DomainTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: DomainTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // vif - computed: false, optional: true, required: false
  private _vif = new DomainVifList(this, "vif", false);
  public get vif() {
    return this._vif;
  }
  public putVif(value: DomainVif[] | cdktf.IResolvable) {
    this._vif.internalValue = value;
  }
  public resetVif() {
    this._vif.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vifInput() {
    return this._vif.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      autostart: cdktf.booleanToTerraform(this._autostart),
      bootloader: cdktf.stringToTerraform(this._bootloader),
      cmdline: cdktf.stringToTerraform(this._cmdline),
      extra: cdktf.stringToTerraform(this._extra),
      firmware: cdktf.stringToTerraform(this._firmware),
      gic_version: cdktf.stringToTerraform(this._gicVersion),
      host: cdktf.stringToTerraform(this._host),
      kernel: cdktf.stringToTerraform(this._kernel),
      maxmem: cdktf.numberToTerraform(this._maxmem),
      maxvcpus: cdktf.numberToTerraform(this._maxvcpus),
      memory: cdktf.numberToTerraform(this._memory),
      name: cdktf.stringToTerraform(this._name),
      on_crash: cdktf.stringToTerraform(this._onCrash),
      on_poweroff: cdktf.stringToTerraform(this._onPoweroff),
      on_reboot: cdktf.stringToTerraform(this._onReboot),
      pvshim: cdktf.booleanToTerraform(this._pvshim),
      pvshim_cmdline: cdktf.stringToTerraform(this._pvshimCmdline),
      pvshim_extra: cdktf.stringToTerraform(this._pvshimExtra),
      pvshim_path: cdktf.stringToTerraform(this._pvshimPath),
      ramdisk: cdktf.stringToTerraform(this._ramdisk),
      root: cdktf.stringToTerraform(this._root),
      shutdown_timeout: cdktf.numberToTerraform(this._shutdownTimeout),
      type: cdktf.stringToTerraform(this._type),
      vcpus: cdktf.numberToTerraform(this._vcpus),
      vuart: cdktf.stringToTerraform(this._vuart),
      xl_config: cdktf.hashMapper(cdktf.stringToTerraform)(this._xlConfig),
      cloud_init: domainCloudInitToTerraform(this._cloudInit.internalValue),
      disk: cdktf.listMapper(domainDiskToTerraform, true)(this._disk.internalValue),
      timeouts: domainTimeoutsToTerraform(this._timeouts.internalValue),
      vif: cdktf.listMapper(domainVifToTerraform, true)(this._vif.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      autostart: {
        value: cdktf.booleanToHclTerraform(this._autostart),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      bootloader: {
        value: cdktf.stringToHclTerraform(this._bootloader),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cmdline: {
        value: cdktf.stringToHclTerraform(this._cmdline),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      extra: {
        value: cdktf.stringToHclTerraform(this._extra),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      firmware: {
        value: cdktf.stringToHclTerraform(this._firmware),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      gic_version: {
        value: cdktf.stringToHclTerraform(this._gicVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      host: {
        value: cdktf.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kernel: {
        value: cdktf.stringToHclTerraform(this._kernel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      maxmem: {
        value: cdktf.numberToHclTerraform(this._maxmem),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      maxvcpus: {
        value: cdktf.numberToHclTerraform(this._maxvcpus),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      memory: {
        value: cdktf.numberToHclTerraform(this._memory),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      on_crash: {
        value: cdktf.stringToHclTerraform(this._onCrash),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      on_poweroff: {
        value: cdktf.stringToHclTerraform(this._onPoweroff),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      on_reboot: {
        value: cdktf.stringToHclTerraform(this._onReboot),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pvshim: {
        value: cdktf.booleanToHclTerraform(this._pvshim),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      pvshim_cmdline: {
        value: cdktf.stringToHclTerraform(this._pvshimCmdline),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pvshim_extra: {
        value: cdktf.stringToHclTerraform(this._pvshimExtra),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pvshim_path: {
        value: cdktf.stringToHclTerraform(this._pvshimPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ramdisk: {
        value: cdktf.stringToHclTerraform(this._ramdisk),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      root: {
        value: cdktf.stringToHclTerraform(this._root),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      shutdown_timeout: {
        value: cdktf.numberToHclTerraform(this._shutdownTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vcpus: {
        value: cdktf.numberToHclTerraform(this._vcpus),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vuart: {
        value: cdktf.stringToHclTerraform(this._vuart),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      xl_config: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._xlConfig),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      cloud_init: {
        value: domainCloudInitToHclTerraform(this._cloudInit.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainCloudInit",
      },
      disk: {
        value: cdktf.listMapperHcl(domainDiskToHclTerraform, true)(this._disk.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DomainDiskList",
      },
      timeouts: {
        value: domainTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainTimeouts",
      },
      vif: {
        value: cdktf.listMapperHcl(domainVifToHclTerraform, true)(this._vif.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DomainVifList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
