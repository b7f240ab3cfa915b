// https://registry.terraform.io/providers/xen-cdk/xen/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface XenProviderConfig {
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#alias XenProvider#alias}
  */
  readonly alias?: string;
  /**
  * host block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#host XenProvider#host}
  */
  readonly host?: XenProviderHost[] | cdktf.IResolvable;
}
export interface XenProviderHostAllow {
  /**
  * Whether `xl_config` may set the device model's keys (`device_model_*`, `stubdomain_*`): its binary, arguments and user. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#device_model_keys XenProvider#device_model_keys}
  */
  readonly deviceModelKeys?: boolean | cdktf.IResolvable;
  /**
  * Bootloaders (`bootloader`) and hotplug scripts (`script` of `disk` and `vif` blocks, and of `xl_config` disk/vif entries) a guest may name, exactly as written there. Default: none (only xl's own default scripts).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#programs XenProvider#programs}
  */
  readonly programs?: string[];
  /**
  * Absolute directories a `xen_volume`'s `source` may be copied from, and the only ones (with those inside them) a `xen_file` may be placed in. Default: none (no `source`, no `xen_file`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#volume_sources XenProvider#volume_sources}
  */
  readonly volumeSources?: string[];
}

export function xenProviderHostAllowToTerraform(struct?: XenProviderHostAllow | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_model_keys: cdktf.booleanToTerraform(struct!.deviceModelKeys),
    programs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.programs),
    volume_sources: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.volumeSources),
  }
}


export function xenProviderHostAllowToHclTerraform(struct?: XenProviderHostAllow | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_model_keys: {
      value: cdktf.booleanToHclTerraform(struct!.deviceModelKeys),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    programs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.programs),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    volume_sources: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.volumeSources),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface XenProviderHostFacts {
  /**
  * `machine` of `xl info`: `x86_64`, `aarch64` or `armv7l`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#arch XenProvider#arch}
  */
  readonly arch: string;
  /**
  * Arm: the host's interrupt controller, `v2` or `v3` (`xl info` does not print it: dom0's device tree or Xen's boot messages say it). With it, a plan from declared facts checks `gic_version` and the vCPU limit of guests that get the host's GIC (a GICv2 gives at most 8 vCPUs); without it, only apply's checks on the live host do.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#gic_version XenProvider#gic_version}
  */
  readonly gicVersion?: string;
  /**
  * `virt_caps` of `xl info` (4.12+), informational.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#virt_caps XenProvider#virt_caps}
  */
  readonly virtCaps?: string;
  /**
  * `xen_caps` of `xl info`, e.g. `xen-3.0-aarch64 xen-3.0-armv7l`. On x86, `hvm-*` entries mean hardware virtualisation (needed for PVH and HVM).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#xen_caps XenProvider#xen_caps}
  */
  readonly xenCaps: string;
  /**
  * `xen_version` of `xl info`, e.g. `4.17.7`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#xen_version XenProvider#xen_version}
  */
  readonly xenVersion: string;
}

export function xenProviderHostFactsToTerraform(struct?: XenProviderHostFacts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    arch: cdktf.stringToTerraform(struct!.arch),
    gic_version: cdktf.stringToTerraform(struct!.gicVersion),
    virt_caps: cdktf.stringToTerraform(struct!.virtCaps),
    xen_caps: cdktf.stringToTerraform(struct!.xenCaps),
    xen_version: cdktf.stringToTerraform(struct!.xenVersion),
  }
}


export function xenProviderHostFactsToHclTerraform(struct?: XenProviderHostFacts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    arch: {
      value: cdktf.stringToHclTerraform(struct!.arch),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gic_version: {
      value: cdktf.stringToHclTerraform(struct!.gicVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    virt_caps: {
      value: cdktf.stringToHclTerraform(struct!.virtCaps),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    xen_caps: {
      value: cdktf.stringToHclTerraform(struct!.xenCaps),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    xen_version: {
      value: cdktf.stringToHclTerraform(struct!.xenVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface XenProviderHostJumpHost {
  /**
  * Address or DNS name of the jump host's SSH server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#address XenProvider#address}
  */
  readonly address: string;
  /**
  * Authenticate to the jump host with the SSH agent at `SSH_AUTH_SOCK` (the agent is not forwarded). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#agent XenProvider#agent}
  */
  readonly agent?: boolean | cdktf.IResolvable;
  /**
  * The jump host's public key, pinned (`ssh-ed25519 AAAA...`). An unknown or changed key is refused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#host_key XenProvider#host_key}
  */
  readonly hostKey?: string;
  /**
  * Accept any host key from the jump host. Dangerous: anyone on the path can impersonate it and see where you connect. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#insecure_ignore_host_key XenProvider#insecure_ignore_host_key}
  */
  readonly insecureIgnoreHostKey?: boolean | cdktf.IResolvable;
  /**
  * An OpenSSH known_hosts file to check the jump host's key against (read like the host's `known_hosts_file`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#known_hosts_file XenProvider#known_hosts_file}
  */
  readonly knownHostsFile?: string;
  /**
  * Password authentication on the jump host, if it allows it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#password XenProvider#password}
  */
  readonly password?: string;
  /**
  * SSH port of the jump host. Default: 22.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#port XenProvider#port}
  */
  readonly port?: number;
  /**
  * Private key (OpenSSH or PEM text) for the jump host. Never stored in state or logs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#private_key XenProvider#private_key}
  */
  readonly privateKey?: string;
  /**
  * Passphrase of the jump host's `private_key`, if it has one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#private_key_passphrase XenProvider#private_key_passphrase}
  */
  readonly privateKeyPassphrase?: string;
  /**
  * SSH user on the jump host. Default: `root`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#user XenProvider#user}
  */
  readonly user?: string;
}

export function xenProviderHostJumpHostToTerraform(struct?: XenProviderHostJumpHost | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    agent: cdktf.booleanToTerraform(struct!.agent),
    host_key: cdktf.stringToTerraform(struct!.hostKey),
    insecure_ignore_host_key: cdktf.booleanToTerraform(struct!.insecureIgnoreHostKey),
    known_hosts_file: cdktf.stringToTerraform(struct!.knownHostsFile),
    password: cdktf.stringToTerraform(struct!.password),
    port: cdktf.numberToTerraform(struct!.port),
    private_key: cdktf.stringToTerraform(struct!.privateKey),
    private_key_passphrase: cdktf.stringToTerraform(struct!.privateKeyPassphrase),
    user: cdktf.stringToTerraform(struct!.user),
  }
}


export function xenProviderHostJumpHostToHclTerraform(struct?: XenProviderHostJumpHost | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    agent: {
      value: cdktf.booleanToHclTerraform(struct!.agent),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    host_key: {
      value: cdktf.stringToHclTerraform(struct!.hostKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    insecure_ignore_host_key: {
      value: cdktf.booleanToHclTerraform(struct!.insecureIgnoreHostKey),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    known_hosts_file: {
      value: cdktf.stringToHclTerraform(struct!.knownHostsFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    private_key: {
      value: cdktf.stringToHclTerraform(struct!.privateKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    private_key_passphrase: {
      value: cdktf.stringToHclTerraform(struct!.privateKeyPassphrase),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user: {
      value: cdktf.stringToHclTerraform(struct!.user),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface XenProviderHost {
  /**
  * Address or DNS name of dom0's SSH server. Without it the host is plan-only: `facts` must be declared and nothing can be applied.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#address XenProvider#address}
  */
  readonly address?: string;
  /**
  * Authenticate with the SSH agent at `SSH_AUTH_SOCK`. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#agent XenProvider#agent}
  */
  readonly agent?: boolean | cdktf.IResolvable;
  /**
  * Seconds a command on the host may run before it is given up (its channel is closed; its outcome is unknown), 1-86400. A guest's `shutdown_timeout` applies to its `xl shutdown` instead. Default: 300.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#command_timeout XenProvider#command_timeout}
  */
  readonly commandTimeout?: number;
  /**
  * Directory on the host where guest configs are written. Default: `/etc/xen/cdktf-xen`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#config_dir XenProvider#config_dir}
  */
  readonly configDir?: string;
  /**
  * The host's public key, pinned (`ssh-ed25519 AAAA...`, as in `/etc/ssh/ssh_host_ed25519_key.pub`). An unknown or changed key is refused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#host_key XenProvider#host_key}
  */
  readonly hostKey?: string;
  /**
  * Accept any host key. Dangerous: anyone on the path can impersonate the host and receive your commands. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#insecure_ignore_host_key XenProvider#insecure_ignore_host_key}
  */
  readonly insecureIgnoreHostKey?: boolean | cdktf.IResolvable;
  /**
  * An OpenSSH known_hosts file to check the host key against, e.g. `~/.ssh/known_hosts`: plain or hashed names, patterns (`*`, `?`, `!`), `@revoked` keys (always refused) and `@cert-authority` lines (host certificates signed by that CA are accepted). Key types that cannot be checked (`sk-*`) are skipped.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#known_hosts_file XenProvider#known_hosts_file}
  */
  readonly knownHostsFile?: string;
  /**
  * The name resources use to refer to this host (`host` of `xen_domain`). Letters, digits, `.`, `_`, `-`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#name XenProvider#name}
  */
  readonly name: string;
  /**
  * Password authentication, if the host allows it (a key is better).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#password XenProvider#password}
  */
  readonly password?: string;
  /**
  * SSH port. Default: 22.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#port XenProvider#port}
  */
  readonly port?: number;
  /**
  * Private key (OpenSSH or PEM text), e.g. `file("~/.ssh/id_ed25519")`. Never stored in state or logs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#private_key XenProvider#private_key}
  */
  readonly privateKey?: string;
  /**
  * Passphrase of `private_key`, if it has one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#private_key_passphrase XenProvider#private_key_passphrase}
  */
  readonly privateKeyPassphrase?: string;
  /**
  * SSH user; it must be allowed to run `xl`. Default: `root`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#user XenProvider#user}
  */
  readonly user?: string;
  /**
  * allow block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#allow XenProvider#allow}
  */
  readonly allow?: XenProviderHostAllow;
  /**
  * facts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#facts XenProvider#facts}
  */
  readonly facts?: XenProviderHostFacts;
  /**
  * jump_host block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#jump_host XenProvider#jump_host}
  */
  readonly jumpHost?: XenProviderHostJumpHost;
}

export function xenProviderHostToTerraform(struct?: XenProviderHost | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    agent: cdktf.booleanToTerraform(struct!.agent),
    command_timeout: cdktf.numberToTerraform(struct!.commandTimeout),
    config_dir: cdktf.stringToTerraform(struct!.configDir),
    host_key: cdktf.stringToTerraform(struct!.hostKey),
    insecure_ignore_host_key: cdktf.booleanToTerraform(struct!.insecureIgnoreHostKey),
    known_hosts_file: cdktf.stringToTerraform(struct!.knownHostsFile),
    name: cdktf.stringToTerraform(struct!.name),
    password: cdktf.stringToTerraform(struct!.password),
    port: cdktf.numberToTerraform(struct!.port),
    private_key: cdktf.stringToTerraform(struct!.privateKey),
    private_key_passphrase: cdktf.stringToTerraform(struct!.privateKeyPassphrase),
    user: cdktf.stringToTerraform(struct!.user),
    allow: xenProviderHostAllowToTerraform(struct!.allow),
    facts: xenProviderHostFactsToTerraform(struct!.facts),
    jump_host: xenProviderHostJumpHostToTerraform(struct!.jumpHost),
  }
}


export function xenProviderHostToHclTerraform(struct?: XenProviderHost | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    agent: {
      value: cdktf.booleanToHclTerraform(struct!.agent),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    command_timeout: {
      value: cdktf.numberToHclTerraform(struct!.commandTimeout),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    config_dir: {
      value: cdktf.stringToHclTerraform(struct!.configDir),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    host_key: {
      value: cdktf.stringToHclTerraform(struct!.hostKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    insecure_ignore_host_key: {
      value: cdktf.booleanToHclTerraform(struct!.insecureIgnoreHostKey),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    known_hosts_file: {
      value: cdktf.stringToHclTerraform(struct!.knownHostsFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    private_key: {
      value: cdktf.stringToHclTerraform(struct!.privateKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    private_key_passphrase: {
      value: cdktf.stringToHclTerraform(struct!.privateKeyPassphrase),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user: {
      value: cdktf.stringToHclTerraform(struct!.user),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    allow: {
      value: xenProviderHostAllowToHclTerraform(struct!.allow),
      isBlock: true,
      type: "struct",
      storageClassType: "XenProviderHostAllow",
    },
    facts: {
      value: xenProviderHostFactsToHclTerraform(struct!.facts),
      isBlock: true,
      type: "struct",
      storageClassType: "XenProviderHostFacts",
    },
    jump_host: {
      value: xenProviderHostJumpHostToHclTerraform(struct!.jumpHost),
      isBlock: true,
      type: "struct",
      storageClassType: "XenProviderHostJumpHost",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs xen}
*/
export class XenProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "xen";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a XenProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the XenProvider to import
  * @param importFromId The id of the existing XenProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the XenProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "xen", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs xen} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options XenProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: XenProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'xen',
      terraformGeneratorMetadata: {
        providerName: 'xen',
        providerVersionConstraint: '~> 0.1'
      },
      terraformProviderSource: 'xen-cdk/xen'
    });
    this._alias = config.alias;
    this._host = config.host;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // host - computed: false, optional: true, required: false
  private _host?: XenProviderHost[] | cdktf.IResolvable; 
  public get host() {
    return this._host;
  }
  public set host(value: XenProviderHost[] | cdktf.IResolvable | undefined) {
    this._host = value;
  }
  public resetHost() {
    this._host = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: cdktf.stringToTerraform(this._alias),
      host: cdktf.listMapper(xenProviderHostToTerraform, true)(this._host),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      host: {
        value: cdktf.listMapperHcl(xenProviderHostToHclTerraform, true)(this._host),
        isBlock: true,
        type: "list",
        storageClassType: "XenProviderHostList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
