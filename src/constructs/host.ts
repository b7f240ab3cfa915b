// A Xen host, declared once: how the provider reaches it (a `host` block of the
// XenProvider) and, optionally, its facts — which let synth check guests against
// the toolstack model and let the plan run without reaching the host.
import { Construct } from "constructs";
import { Annotations, TerraformStack, Token } from "cdktf";
import { dataXenHost, provider as xenProvider } from "./xen";
import { factsOf } from "./model";

/** The `machine` of `xl info`: the host's architecture. */
export enum XenArch {
  /** 64-bit x86. */
  X86_64 = "x86_64",
  /** 64-bit Arm (Armv8). */
  AARCH64 = "aarch64",
  /** 32-bit Arm (Armv7). */
  ARMV7L = "armv7l",
}

/**
 * A host's facts as `xl info` reports them.
 *
 * Declared facts are written into the provider's `host` block (`facts`), so a plan
 * needs no SSH, and they let synth run the same checks the plan runs. Apply checks
 * them against the live host first.
 */
export interface XenHostFacts {
  /** `machine` of `xl info`. */
  readonly arch: XenArch;
  /** `xen_version` of `xl info`, e.g. `4.17.7`. */
  readonly xenVersion: string;
  /**
   * `xen_caps` of `xl info`, as printed (space-separated), e.g.
   * `xen-3.0-aarch64 xen-3.0-armv7l`. On x86, `hvm-*` entries mean hardware
   * virtualisation (needed for PVH and HVM guests).
   */
  readonly xenCaps: string;
  /**
   * `virt_caps` of `xl info` (Xen 4.12+), informational.
   * @default - not declared
   */
  readonly virtCaps?: string;
  /**
   * Arm: the host's interrupt controller, `v2` or `v3` (`xl info` does not print it; dom0's
   * device tree or Xen's boot messages say it). With it, synth and a plan from declared facts
   * check the guests' `gicVersion` and the vCPU limit of guests that get the host's GIC.
   * @default - not declared: only apply's checks on the live host see the GIC
   */
  readonly gicVersion?: string;
  /**
   * `total_memory` of `xl info`, in MiB. Used only at synth: a guest asking for more
   * is an error there, as it would be at `xl create`. Not written to the provider.
   * @default - unknown: synth does not check guest memory against the host
   */
  readonly totalMemoryMib?: number;
}

/**
 * A jump host (bastion) through which dom0's SSH port is reached, as OpenSSH's
 * `ProxyJump`: the provider logs in to it and opens a TCP channel from it to the
 * host's address and port. Its key is checked like the host's; the agent is never forwarded.
 */
/**
 * What configurations may make root run or read in dom0 on a host (the provider's
 * `allow` block). With it, the plan refuses anything it does not list.
 */
export interface XenHostAllow {
  /**
   * Bootloaders and disk/vif hotplug scripts a guest may name, exactly as written there.
   * @default - none (only xl's own default scripts)
   */
  readonly programs?: string[];
  /**
   * Whether `xl_config` may set the device model's keys (`device_model_*`, `stubdomain_*`).
   * @default false
   */
  readonly deviceModelKeys?: boolean;
  /**
   * Absolute directories a volume's `source` may be copied from.
   * @default - none
   */
  readonly volumeSources?: string[];
}

export interface XenJumpHost {
  /** Address or DNS name of the jump host's SSH server. */
  readonly address: string;
  /**
   * SSH port of the jump host.
   * @default 22
   */
  readonly port?: number;
  /**
   * SSH user on the jump host.
   * @default "root"
   */
  readonly user?: string;
  /**
   * Private key text (OpenSSH or PEM) for the jump host. Pass `Fn.file(path)` so that the
   * key is read by the engine and never written into the synthesized configuration.
   * @default - no key authentication
   */
  readonly privateKey?: string;
  /**
   * Passphrase of `privateKey`.
   * @default - the key has none
   */
  readonly privateKeyPassphrase?: string;
  /**
   * Password authentication on the jump host.
   * @default - no password authentication
   */
  readonly password?: string;
  /**
   * Authenticate to the jump host with the SSH agent at `SSH_AUTH_SOCK` (not forwarded).
   * @default false
   */
  readonly agent?: boolean;
  /**
   * The jump host's public key line, pinned (`ssh-ed25519 AAAA...`). It needs this or `knownHostsFile`.
   * @default - none: `knownHostsFile` must be set
   */
  readonly hostKey?: string;
  /**
   * An OpenSSH known_hosts file to check the jump host's key against.
   * @default - none: `hostKey` must be set
   */
  readonly knownHostsFile?: string;
  /**
   * Accept any host key from the jump host. Dangerous: anyone on the path can impersonate it.
   * @default false
   */
  readonly insecureIgnoreHostKey?: boolean;
}

/** Properties of a {@link XenHost}. */
export interface XenHostProps {
  /**
   * The name guests use to refer to this host (`host` of `xen_domain`).
   * Letters, digits, `.`, `_`, `-`.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * The provider this host belongs to; the host adds its `host` block to it.
   * @default - the stack's only XenProvider, or a new one (id `xen`) when the stack has none
   */
  readonly provider?: xenProvider.XenProvider;
  /**
   * Address or DNS name of dom0's SSH server.
   * @default - none: the host is plan-only, `facts` must be declared and nothing can be applied
   */
  readonly address?: string;
  /**
   * SSH port.
   * @default 22
   */
  readonly port?: number;
  /**
   * SSH user; it must be allowed to run `xl`.
   * @default "root"
   */
  readonly user?: string;
  /**
   * Private key text (OpenSSH or PEM). Pass `Fn.file(path)` so that the key is read
   * by the engine and never written into the synthesized configuration.
   * @default - no key authentication
   */
  readonly privateKey?: string;
  /**
   * Passphrase of `privateKey`.
   * @default - the key has none
   */
  readonly privateKeyPassphrase?: string;
  /**
   * Password authentication (a key is better).
   * @default - no password authentication
   */
  readonly password?: string;
  /**
   * Authenticate with the SSH agent at `SSH_AUTH_SOCK`.
   * @default false
   */
  readonly agent?: boolean;
  /**
   * The host's public key line, pinned (`ssh-ed25519 AAAA...`). A host with an address
   * needs this or `knownHostsFile`.
   * @default - none: `knownHostsFile` must be set
   */
  readonly hostKey?: string;
  /**
   * An OpenSSH known_hosts file to check the host key against.
   * @default - none: `hostKey` must be set
   */
  readonly knownHostsFile?: string;
  /**
   * Accept any host key. Dangerous: anyone on the path can impersonate the host.
   * @default false
   */
  readonly insecureIgnoreHostKey?: boolean;
  /**
   * Directory on the host where guest configs are written.
   * @default "/etc/xen/cdktf-xen"
   */
  readonly configDir?: string;
  /**
   * Seconds a command on the host may run before it is given up (1-86400). A guest's
   * `shutdownTimeout` applies to its `xl shutdown` instead.
   * @default 300
   */
  readonly commandTimeout?: number;
  /**
   * A jump host (bastion) to reach the host's SSH port through.
   * @default - none: the host's address is reached directly
   */
  readonly jumpHost?: XenJumpHost;
  /**
   * What configurations may make root run or read in dom0 on this host: unlisted
   * bootloaders, scripts, device-model keys and volume sources are refused at plan.
   * @default - anything xl takes
   */
  readonly allow?: XenHostAllow;
  /**
   * The host's facts, as `xl info` reports them.
   * @default - not declared: synth cannot check guests on this host (it says so in an
   * info annotation); the plan reads the facts from the host over SSH
   */
  readonly facts?: XenHostFacts;
}

const XEN_HOST = Symbol.for("cdktf-xen.XenHost");

/**
 * A Xen host (dom0), declared once.
 *
 * It contributes one `host` block to a {@link xenProvider.XenProvider}; guests refer
 * to it by {@link XenHost.name}. With `facts`, synth checks guests placed on it with
 * the same toolstack model the plan uses.
 *
 * ```ts
 * const arm1 = new XenHost(stack, "arm1", {
 *   address: "192.0.2.10",
 *   privateKey: Fn.file("~/.ssh/id_ed25519"),
 *   hostKey: "ssh-ed25519 AAAA...",
 *   facts: { arch: XenArch.AARCH64, xenVersion: "4.17.7", xenCaps: "xen-3.0-aarch64 xen-3.0-armv7l" },
 * });
 * ```
 */
export class XenHost extends Construct {
  /** True when `x` is a XenHost (also across copies of this library). */
  public static isXenHost(x: any): x is XenHost {
    return x !== null && typeof x === "object" && XEN_HOST in x;
  }

  /** The name guests use to refer to this host. */
  public readonly name: string;
  /** The provider whose `host` block this host is. */
  public readonly provider: xenProvider.XenProvider;
  /** The declared facts, if any. */
  public readonly facts?: XenHostFacts;
  private lookup?: dataXenHost.DataXenHost;

  constructor(scope: Construct, id: string, props: XenHostProps = {}) {
    super(scope, id);
    Object.defineProperty(this, XEN_HOST, { value: true });
    this.name = props.name ?? id;
    this.facts = props.facts;
    this.provider = props.provider ?? findOrCreateProvider(this);

    const current = this.provider.host;
    if (current !== undefined && !Array.isArray(current)) {
      throw new Error(`XenHost ${this.name}: the XenProvider's host blocks are a token; declare every host with XenHost instead.`);
    }
    const f = props.facts;
    this.provider.host = [...(current ?? []), {
      name: this.name,
      address: props.address,
      port: props.port,
      user: props.user,
      privateKey: props.privateKey,
      privateKeyPassphrase: props.privateKeyPassphrase,
      password: props.password,
      agent: props.agent,
      hostKey: props.hostKey,
      knownHostsFile: props.knownHostsFile,
      insecureIgnoreHostKey: props.insecureIgnoreHostKey,
      configDir: props.configDir,
      commandTimeout: props.commandTimeout,
      jumpHost: props.jumpHost,
      allow: props.allow && { programs: props.allow.programs, deviceModelKeys: props.allow.deviceModelKeys, volumeSources: props.allow.volumeSources },
      facts: f && { arch: f.arch, xenVersion: f.xenVersion, xenCaps: f.xenCaps, virtCaps: f.virtCaps, gicVersion: f.gicVersion },
    }];

    const read = factsOf(this);
    if (read.errors.length) this.node.addValidation({ validate: () => read.errors });
    if (read.unknown) Annotations.of(this).addInfo(read.unknown);
    if (!props.address && !props.facts) {
      this.node.addValidation({
        validate: () => [`XenHost ${this.name} has neither address nor facts: declare facts for a plan-only host, or an address to reach it.`],
      });
    }
    if (Token.isUnresolved(this.name)) {
      this.node.addValidation({ validate: () => ["XenHost name must be known at synth (a plain string), not a token."] });
    }
  }

  /**
   * The host's live facts as the `xen_host` data source reads them at plan time
   * (arch, Xen version, memory, supported types). Created on first use.
   */
  public lookupFacts(): dataXenHost.DataXenHost {
    this.lookup ??= new dataXenHost.DataXenHost(this, "Facts", {
      name: this.name,
      provider: this.provider.alias ? this.provider : undefined,
    });
    return this.lookup;
  }
}

function findOrCreateProvider(host: Construct): xenProvider.XenProvider {
  const stack = TerraformStack.of(host);
  const found = stack.node.findAll().filter((c): c is xenProvider.XenProvider => c instanceof xenProvider.XenProvider);
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    throw new Error(`XenHost ${host.node.id}: the stack has ${found.length} XenProviders; pass the one this host belongs to as \`provider\`.`);
  }
  return new xenProvider.XenProvider(stack, "xen");
}
