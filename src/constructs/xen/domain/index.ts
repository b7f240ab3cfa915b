// https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DomainConfig extends cdktf.TerraformMetaArguments {
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
  * Firmware to boot (e.g. `uefi`, `pvgrub64`); not together with `kernel` for pv/pvh. Changing it replaces the domain.
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
  * Other xl.cfg keys. Each value is written the way xl reads that key: integer keys bare, string keys quoted, list keys (disk, vif, ...) from `jsonencode([...])` or a single string. Keys are checked against the key table of the host's Xen version and architecture: an unknown key or one of the other architecture is a warning; a key that is an attribute here is an error. Changing it replaces the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#xl_config Domain#xl_config}
  */
  readonly xlConfig?: { [key: string]: string };
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/resources/domain#timeouts Domain#timeouts}
  */
  readonly timeouts?: DomainTimeouts;
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
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
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
      timeouts: domainTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
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
      timeouts: {
        value: domainTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
