// The xen provider: its configuration (the hosts, reached over SSH or declared by
// their facts) and its resources and data sources.
import { homedir } from "node:os";
import { readFileSync } from "node:fs";
import {
  error, warning, type Diagnostic, type Obj, type Path, type Provider, type Schema,
} from "../provider/framework";
import { isUnknown } from "../provider/cty";
import { checkVersion, dirProblem, factsFromDeclared, type DeclaredFacts } from "../xen";
import { DEFAULT_COMMAND_TIMEOUT_MS, type JumpHost, type SshTarget } from "../ssh";
import { HostReads } from "./host-reads";
import { Hosts, type HostAccess } from "./hosts";
import { Remote } from "./remote";
import { xenDomain } from "./xen-domain";
import { xenHost } from "./xen-host";
import { xenDomains } from "./xen-domains";
import { xenFile } from "./xen-file";
import { xenVolume } from "./xen-volume";

export const DEFAULT_CONFIG_DIR = "/etc/xen/cdktf-xen";
/** Bounds of `command_timeout`, in seconds: a day is longer than any xl command should take. */
export const COMMAND_TIMEOUT_RANGE = { min: 1, max: 86_400 } as const;
const DEFAULT_COMMAND_TIMEOUT = DEFAULT_COMMAND_TIMEOUT_MS / 1000;

const providerSchema: Schema = {
  version: 0,
  block: {
    description: "Xen hosts reached over SSH, on which `xen_domain` guests are created with `xl`.",
    attributes: {},
    blocks: {
      host: {
        nesting: "list",
        minItems: 0,
        block: {
          description: "One Xen host (dom0); one block per host.",
          attributes: {
            name: { type: "string", required: true, description: "The name resources use to refer to this host (`host` of `xen_domain`). Letters, digits, `.`, `_`, `-`." },
            address: { type: "string", optional: true, description: "Address or DNS name of dom0's SSH server. Without it the host is plan-only: `facts` must be declared and nothing can be applied." },
            port: { type: "number", optional: true, description: "SSH port. Default: 22." },
            user: { type: "string", optional: true, description: "SSH user; it must be allowed to run `xl`. Default: `root`." },
            private_key: { type: "string", optional: true, sensitive: true, description: "Private key (OpenSSH or PEM text), e.g. `file(\"~/.ssh/id_ed25519\")`. Never stored in state or logs." },
            private_key_passphrase: { type: "string", optional: true, sensitive: true, description: "Passphrase of `private_key`, if it has one." },
            password: { type: "string", optional: true, sensitive: true, description: "Password authentication, if the host allows it (a key is better)." },
            agent: { type: "bool", optional: true, description: "Authenticate with the SSH agent at `SSH_AUTH_SOCK`. Default: false." },
            host_key: { type: "string", optional: true, description: "The host's public key, pinned (`ssh-ed25519 AAAA...`, as in `/etc/ssh/ssh_host_ed25519_key.pub`). An unknown or changed key is refused." },
            known_hosts_file: { type: "string", optional: true, description: "An OpenSSH known_hosts file to check the host key against, e.g. `~/.ssh/known_hosts`: plain or hashed names, patterns (`*`, `?`, `!`), `@revoked` keys (always refused) and `@cert-authority` lines (host certificates signed by that CA are accepted). Key types that cannot be checked (`sk-*`) are skipped." },
            insecure_ignore_host_key: { type: "bool", optional: true, description: "Accept any host key. Dangerous: anyone on the path can impersonate the host and receive your commands. Default: false." },
            config_dir: { type: "string", optional: true, description: `Directory on the host where guest configs are written. Default: \`${DEFAULT_CONFIG_DIR}\`.` },
            command_timeout: { type: "number", optional: true, description: `Seconds a command on the host may run before it is given up (its channel is closed; its outcome is unknown), ${COMMAND_TIMEOUT_RANGE.min}-${COMMAND_TIMEOUT_RANGE.max}. A guest's \`shutdown_timeout\` applies to its \`xl shutdown\` instead. Default: ${DEFAULT_COMMAND_TIMEOUT}.` },
          },
          blocks: {
            jump_host: {
              nesting: "single",
              block: {
                description: "A jump host (bastion) through which dom0's SSH port is reached, as OpenSSH's `ProxyJump`: the provider logs in to it and opens a TCP channel from it to `address`:`port`. Its host key is checked like the host's. Agent forwarding is never used.",
                attributes: {
                  address: { type: "string", required: true, description: "Address or DNS name of the jump host's SSH server." },
                  port: { type: "number", optional: true, description: "SSH port of the jump host. Default: 22." },
                  user: { type: "string", optional: true, description: "SSH user on the jump host. Default: `root`." },
                  private_key: { type: "string", optional: true, sensitive: true, description: "Private key (OpenSSH or PEM text) for the jump host. Never stored in state or logs." },
                  private_key_passphrase: { type: "string", optional: true, sensitive: true, description: "Passphrase of the jump host's `private_key`, if it has one." },
                  password: { type: "string", optional: true, sensitive: true, description: "Password authentication on the jump host, if it allows it." },
                  agent: { type: "bool", optional: true, description: "Authenticate to the jump host with the SSH agent at `SSH_AUTH_SOCK` (the agent is not forwarded). Default: false." },
                  host_key: { type: "string", optional: true, description: "The jump host's public key, pinned (`ssh-ed25519 AAAA...`). An unknown or changed key is refused." },
                  known_hosts_file: { type: "string", optional: true, description: "An OpenSSH known_hosts file to check the jump host's key against (read like the host's `known_hosts_file`)." },
                  insecure_ignore_host_key: { type: "bool", optional: true, description: "Accept any host key from the jump host. Dangerous: anyone on the path can impersonate it and see where you connect. Default: false." },
                },
              },
            },
            allow: {
              nesting: "single",
              block: {
                description: "What configurations may make root run or read in dom0 on this host. Without this block, anything xl takes: whoever writes a guest's configuration chooses its bootloader, its disks' and interfaces' hotplug scripts, the device model and its arguments, the file a volume copies and where a `xen_file` is written — all run, read or written as root in dom0. With it, the plan refuses what it does not list, before anything reaches the host.",
                attributes: {
                  programs: { type: ["list", "string"], optional: true, description: "Bootloaders (`bootloader`) and hotplug scripts (`script` of `disk` and `vif` blocks, and of `xl_config` disk/vif entries) a guest may name, exactly as written there. Default: none (only xl's own default scripts)." },
                  device_model_keys: { type: "bool", optional: true, description: "Whether `xl_config` may set the device model's keys (`device_model_*`, `stubdomain_*`): its binary, arguments and user. Default: false." },
                  volume_sources: { type: ["list", "string"], optional: true, description: "Absolute directories a `xen_volume`'s `source` may be copied from, and the only ones (with those inside them) a `xen_file` may be placed in. Default: none (no `source`, no `xen_file`)." },
                },
              },
            },
            facts: {
              nesting: "single",
              block: {
                description: "The host's facts as `xl info` reports them, for planning without reaching the host (e.g. in a pull request). Apply checks them against the live host first.",
                attributes: {
                  arch: { type: "string", required: true, description: "`machine` of `xl info`: `x86_64`, `aarch64` or `armv7l`." },
                  xen_version: { type: "string", required: true, description: "`xen_version` of `xl info`, e.g. `4.17.7`." },
                  xen_caps: { type: "string", required: true, description: "`xen_caps` of `xl info`, e.g. `xen-3.0-aarch64 xen-3.0-armv7l`. On x86, `hvm-*` entries mean hardware virtualisation (needed for PVH and HVM)." },
                  virt_caps: { type: "string", optional: true, description: "`virt_caps` of `xl info` (4.12+), informational." },
                  gic_version: { type: "string", optional: true, description: "Arm: the host's interrupt controller, `v2` or `v3` (`xl info` does not print it: dom0's device tree or Xen's boot messages say it). With it, a plan from declared facts checks `gic_version` and the vCPU limit of guests that get the host's GIC (a GICv2 gives at most 8 vCPUs); without it, only apply's checks on the live host do." },
                },
              },
            },
          },
        },
      },
    },
  },
};

const HOST_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function expandHome(p: string) {
  return p.startsWith("~/") ? homedir() + p.slice(1) : p;
}

type HostBlock = Record<string, any>;

const isSet = (v: unknown) => v !== null && v !== undefined;

/** A `facts` block as the model's declared facts. */
const factsBlock = (f: HostBlock): DeclaredFacts =>
  ({ arch: f.arch, xenVersion: f.xen_version, xenCaps: f.xen_caps, virtCaps: typeof f.virt_caps === "string" ? f.virt_caps : null,
    gicVersion: typeof f.gic_version === "string" ? f.gic_version : null });

/**
 * Port, host key and credential rules, the same for a host and its jump host. `what` names it
 * in summaries ("Host \"arm1\"", "The jump host of host \"arm1\""); `reached` is false for a
 * plan-only host, which needs neither key nor credentials.
 */
function validateEndpoint(e: HostBlock, what: string, it: string, reached: boolean, at: (k: string) => Path, d: Diagnostic[]) {
  if (typeof e.port === "number" && (!Number.isInteger(e.port) || e.port < 1 || e.port > 65535)) {
    d.push(error("port must be a TCP port number (1-65535)", undefined, at("port")));
  }
  if (reached && !isSet(e.host_key) && !isSet(e.known_hosts_file) && e.insecure_ignore_host_key !== true) {
    d.push(error(`${what} has no pinned host key`,
      "Host key checking is on: set host_key (the host's public key line) or known_hosts_file. " +
      "insecure_ignore_host_key = true turns checking off, at your own risk.", at("host_key")));
  }
  if (reached && ![e.private_key, e.password, e.agent === true ? true : null].some(isSet)) {
    d.push(error(`${what} has no way to authenticate`, "Set private_key, agent = true, or password.", at("private_key")));
  }
  if (e.insecure_ignore_host_key === true) {
    d.push(warning(`Host key checking is off for ${it}`,
      "insecure_ignore_host_key = true: the provider cannot tell the host from an impostor.", at("insecure_ignore_host_key")));
  }
}

function validateHosts(hosts: HostBlock[]): Diagnostic[] {
  const d: Diagnostic[] = [];
  const seen = new Set<string>();
  hosts.forEach((h, i) => {
    if (!h || isUnknown(h)) return;
    const at = (k: string, ...more: string[]): Path => ["host", i, k, ...more];
    const label = `Host "${typeof h.name === "string" ? h.name : i}"`;
    if (typeof h.name === "string") {
      if (!HOST_NAME.test(h.name)) d.push(error(`Invalid host name "${h.name}"`, "Use letters, digits, '.', '_' and '-' (it becomes part of resource ids, host/name).", at("name")));
      if (seen.has(h.name)) d.push(error(`Host "${h.name}" is declared twice`, undefined, at("name")));
      seen.add(h.name);
    }
    if (h.address === null && h.facts === null) {
      d.push(error(`${label} has neither address nor facts`, "Give an address to reach it, or declare its facts to plan without it.", at("address")));
    }
    validateEndpoint(h, label, "this host", typeof h.address === "string" && h.address !== "", (k) => at(k), d);
    const allow = h.allow;
    if (allow && !isUnknown(allow) && Array.isArray(allow.volume_sources)) {
      allow.volume_sources.forEach((dir: unknown, k: number) => {
        const why = typeof dir === "string" ? dirProblem(dir) : null;
        if (why) d.push(error(`allow.volume_sources[${k}] ${why}`, `Got "${String(dir)}".`, ["host", i, "allow", "volume_sources", k]));
      });
    }
    if (typeof h.config_dir === "string") {
      const why = dirProblem(h.config_dir);
      if (why) d.push(error(`config_dir ${why}`, `Got "${h.config_dir}". Root writes the guests' configs (with their secrets) there.`, at("config_dir")));
    }
    const { min, max } = COMMAND_TIMEOUT_RANGE;
    if (typeof h.command_timeout === "number" && (!Number.isInteger(h.command_timeout) || h.command_timeout < min || h.command_timeout > max)) {
      d.push(error(`command_timeout must be a whole number of seconds from ${min} to ${max}`, `It is ${h.command_timeout}.`, at("command_timeout")));
    }
    const j = h.jump_host;
    if (j && !isUnknown(j)) {
      const jat = (k: string) => at("jump_host", k);
      if (j.address === "") d.push(error("jump_host address is empty", undefined, jat("address")));
      validateEndpoint(j, `The jump host of host "${h.name ?? i}"`, "the jump host", true, jat, d);
      if (h.address === null) {
        d.push(warning("jump_host is not used", `${label} has no address: it is planned from its facts only, nothing connects to it.`, at("jump_host")));
      }
    }
    const f = h.facts;
    if (f && !isUnknown(f) && typeof f.arch === "string" && typeof f.xen_version === "string" && typeof f.xen_caps === "string") {
      const r = factsFromDeclared(factsBlock(f));
      for (const p of r.problems) d.push(error("Invalid host facts", `${p.message}.`, at("facts", p.fact)));
      if (r.facts) for (const x of checkVersion(r.facts.xenVersion)) d.push(error(x.summary, x.detail, at("facts", "xen_version")));
    }
  });
  return d;
}

/** Every attribute of a host block (nested blocks included) whose value is unknown at configure time. */
function unknownPaths(h: HostBlock, i: number): Path[] {
  if (isUnknown(h)) return [["host", i]];
  const paths: Path[] = [];
  for (const [k, v] of Object.entries(h)) {
    if (isUnknown(v)) paths.push(["host", i, k]);
    else if (v && typeof v === "object" && !Array.isArray(v)) {
      for (const [kk, vv] of Object.entries(v)) if (isUnknown(vv)) paths.push(["host", i, k, kk]);
    }
  }
  return paths;
}

const pathText = (p: Path) => p.map((s, n) => (typeof s === "number" ? `[${s}]` : typeof s === "string" ? (n ? `.${s}` : s) : `["${s.key}"]`)).join("");

/** The SSH settings of a host block with an address (all values known). */
export function sshTarget(h: HostBlock): SshTarget {
  const j = h.jump_host;
  const jumpHost: JumpHost | undefined = j ? {
    address: j.address,
    port: j.port ?? 22,
    user: j.user ?? "root",
    privateKey: j.private_key ?? undefined,
    passphrase: j.private_key_passphrase ?? undefined,
    password: j.password ?? undefined,
    agent: j.agent ? process.env.SSH_AUTH_SOCK : undefined,
    hostKeys: j.host_key ? [j.host_key] : [],
    knownHostsFile: j.known_hosts_file ? expandHome(j.known_hosts_file) : undefined,
    insecureIgnoreHostKey: j.insecure_ignore_host_key === true,
  } : undefined;
  return {
    name: h.name,
    address: h.address,
    port: h.port ?? 22,
    user: h.user ?? "root",
    privateKey: h.private_key ?? undefined,
    passphrase: h.private_key_passphrase ?? undefined,
    password: h.password ?? undefined,
    agent: h.agent ? process.env.SSH_AUTH_SOCK : undefined,
    hostKeys: h.host_key ? [h.host_key] : [],
    knownHostsFile: h.known_hosts_file ? expandHome(h.known_hosts_file) : undefined,
    insecureIgnoreHostKey: h.insecure_ignore_host_key === true,
    commandTimeoutMs: (h.command_timeout ?? DEFAULT_COMMAND_TIMEOUT) * 1000,
    jumpHost,
  };
}

export function makeProvider(): Provider {
  const hosts = new Hosts();
  const remote = new Remote(hosts);
  const access: HostAccess = { hosts, remote, reads: new HostReads(hosts, remote) };
  return {
    schema: providerSchema,
    resources: { xen_domain: xenDomain(access), xen_volume: xenVolume(access), xen_file: xenFile(access) },
    dataSources: { xen_host: xenHost(access), xen_domains: xenDomains(access) },

    validate(config: Obj) {
      const blocks = config.host;
      if (!Array.isArray(blocks)) return [];
      return validateHosts(blocks as HostBlock[]);
    },

    async configure(config: Obj) {
      if (isUnknown(config.host)) {
        return [error("The host blocks are not known until apply", "The provider's host blocks must be known at plan time (no dynamic block over values computed during apply).", ["host"])];
      }
      const blocks = (Array.isArray(config.host) ? config.host : []) as HostBlock[];
      const diags = validateHosts(blocks);
      if (diags.some((x) => x.severity === "error")) return diags;
      blocks.forEach((h, i) => {
        // An unknown would reach ssh2 as a Symbol: refuse each one, by name.
        const unknown = unknownPaths(h, i);
        for (const p of unknown) {
          diags.push(error(`${pathText(p)} is not known until apply`,
            "The provider's host settings must be known at plan time: use values from variables, locals or data sources, not from resources created in the same run.", p));
        }
        if (unknown.length) return;
        const facts = h.facts ? factsFromDeclared(factsBlock(h.facts)).facts : undefined;
        const ssh = h.address ? sshTarget(h) : undefined;
        const files: [string | undefined, Path][] = [
          [ssh?.knownHostsFile, ["host", i, "known_hosts_file"]],
          [ssh?.jumpHost?.knownHostsFile, ["host", i, "jump_host", "known_hosts_file"]],
        ];
        for (const [file, path] of files) {
          if (!file) continue;
          try {
            readFileSync(file);
          } catch (e) {
            diags.push(error(`Cannot read ${path.slice(2).join(".")} for host "${h.name}"`, (e as Error).message, path));
          }
        }
        hosts.set({
          name: h.name,
          declaredFacts: facts,
          configDir: (h.config_dir ?? DEFAULT_CONFIG_DIR).replace(/\/+$/, "") || "/",
          ssh,
          allow: h.allow ? {
            programs: h.allow.programs ?? [],
            deviceModelKeys: h.allow.device_model_keys === true,
            volumeSources: h.allow.volume_sources ?? [],
          } : undefined,
        });
      });
      return diags;
    },

    async stop() {
      remote.stop();
    },

    async close() {
      remote.close();
    },
  };
}
