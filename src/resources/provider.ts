// The xen provider: its configuration (a fleet of hosts) and its resources.
import { homedir } from "node:os";
import { readFileSync } from "node:fs";
import {
  error, warning, type Diagnostic, type Obj, type Provider, type Schema,
} from "../provider/framework";
import { isUnknown } from "../provider/cty";
import { checkVersion } from "../xen";
import { declaredFacts, Fleet } from "./fleet";
import { xenDomain } from "./xen-domain";
import { xenHost } from "./xen-host";
import { xenDomains } from "./xen-domains";

export const DEFAULT_CONFIG_DIR = "/etc/xen/cdktf-xen";

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
          description: "One Xen host (dom0). Several blocks declare a fleet.",
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
            known_hosts_file: { type: "string", optional: true, description: "An OpenSSH known_hosts file to check the host key against (plain or hashed entries), e.g. `~/.ssh/known_hosts`." },
            insecure_ignore_host_key: { type: "bool", optional: true, description: "Accept any host key. Dangerous: anyone on the path can impersonate the host and receive your commands. Default: false." },
            config_dir: { type: "string", optional: true, description: `Directory on the host where guest configs are written. Default: \`${DEFAULT_CONFIG_DIR}\`.` },
          },
          blocks: {
            facts: {
              nesting: "single",
              block: {
                description: "The host's facts as `xl info` reports them, for planning without reaching the host (e.g. in a pull request). Apply checks them against the live host first.",
                attributes: {
                  arch: { type: "string", required: true, description: "`machine` of `xl info`: `x86_64`, `aarch64` or `armv7l`." },
                  xen_version: { type: "string", required: true, description: "`xen_version` of `xl info`, e.g. `4.17.7`." },
                  xen_caps: { type: "string", required: true, description: "`xen_caps` of `xl info`, e.g. `xen-3.0-aarch64 xen-3.0-armv7l`. On x86, `hvm-*` entries mean hardware virtualisation (needed for PVH and HVM)." },
                  virt_caps: { type: "string", optional: true, description: "`virt_caps` of `xl info` (4.12+), informational." },
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

function validateHosts(hosts: HostBlock[]): Diagnostic[] {
  const d: Diagnostic[] = [];
  const seen = new Set<string>();
  hosts.forEach((h, i) => {
    const at = (k: string, ...more: string[]) => ["host", i, k, ...more];
    if (typeof h.name === "string") {
      if (!HOST_NAME.test(h.name)) d.push(error(`Invalid host name "${h.name}"`, "Use letters, digits, '.', '_' and '-' (it becomes part of resource ids, host/name).", at("name")));
      if (seen.has(h.name)) d.push(error(`Host "${h.name}" is declared twice`, undefined, at("name")));
      seen.add(h.name);
    }
    if (typeof h.port === "number" && (!Number.isInteger(h.port) || h.port < 1 || h.port > 65535)) {
      d.push(error("port must be a TCP port number (1-65535)", undefined, at("port")));
    }
    if (h.address === null && h.facts === null) {
      d.push(error(`Host "${h.name ?? i}" has neither address nor facts`, "Give an address to reach it, or declare its facts to plan without it.", at("address")));
    }
    if (typeof h.address === "string" && h.address !== "") {
      const pinned = (h.host_key !== null && h.host_key !== undefined) || (h.known_hosts_file !== null && h.known_hosts_file !== undefined);
      if (!pinned && h.insecure_ignore_host_key !== true) {
        d.push(error(`Host "${h.name ?? i}" has no pinned host key`,
          "Host key checking is on: set host_key (the host's public key line) or known_hosts_file. " +
          "insecure_ignore_host_key = true turns checking off, at your own risk.", at("host_key")));
      }
      const auths = [h.private_key, h.password, h.agent === true ? true : null].filter((x) => x !== null && x !== undefined);
      if (!auths.length) d.push(error(`Host "${h.name ?? i}" has no way to authenticate`, "Set private_key, agent = true, or password.", at("private_key")));
    }
    if (typeof h.insecure_ignore_host_key === "boolean" && h.insecure_ignore_host_key) {
      d.push(warning("Host key checking is off for this host", "insecure_ignore_host_key = true: the provider cannot tell the host from an impostor.", at("insecure_ignore_host_key")));
    }
    const f = h.facts;
    if (f && !isUnknown(f) && typeof f.arch === "string" && typeof f.xen_version === "string" && typeof f.xen_caps === "string") {
      const facts = declaredFacts(f.arch, f.xen_version, f.xen_caps, typeof f.virt_caps === "string" ? f.virt_caps : null);
      if (typeof facts === "string") d.push(error("Invalid host facts", facts, at("facts", /^arch/.test(facts) ? "arch" : "xen_version")));
      else for (const x of checkVersion(facts.xenVersion)) d.push(error(x.summary, x.detail, at("facts", "xen_version")));
    }
  });
  return d;
}

export function makeProvider(): Provider {
  const fleet = new Fleet();
  return {
    schema: providerSchema,
    resources: { xen_domain: xenDomain(fleet) },
    dataSources: { xen_host: xenHost(fleet), xen_domains: xenDomains(fleet) },

    validate(config: Obj) {
      const hosts = config.host;
      if (!Array.isArray(hosts)) return [];
      return validateHosts(hosts as HostBlock[]);
    },

    async configure(config: Obj) {
      const hosts = (Array.isArray(config.host) ? config.host : []) as HostBlock[];
      const diags = validateHosts(hosts);
      if (diags.some((x) => x.severity === "error")) return diags;
      hosts.forEach((h, i) => {
        if ([h.name, h.address, h.private_key, h.host_key, h.facts].some(isUnknown)) {
          diags.push(error("Host settings are not known until apply", "The provider's host blocks must be known at plan time.", ["host", i]));
          return;
        }
        let facts;
        if (h.facts) {
          const f = declaredFacts(h.facts.arch, h.facts.xen_version, h.facts.xen_caps, h.facts.virt_caps ?? null);
          if (typeof f !== "string") facts = f;
        }
        let knownHostsFile: string | undefined;
        if (h.known_hosts_file) {
          knownHostsFile = expandHome(h.known_hosts_file);
          try {
            readFileSync(knownHostsFile);
          } catch (e) {
            diags.push(error(`Cannot read known_hosts_file for host "${h.name}"`, (e as Error).message, ["host", i, "known_hosts_file"]));
          }
        }
        fleet.hosts.set(h.name, {
          name: h.name,
          declaredFacts: facts,
          configDir: (h.config_dir ?? DEFAULT_CONFIG_DIR).replace(/\/+$/, "") || "/",
          ssh: h.address ? {
            name: h.name,
            address: h.address,
            port: h.port ?? 22,
            user: h.user ?? "root",
            privateKey: h.private_key ?? undefined,
            passphrase: h.private_key_passphrase ?? undefined,
            password: h.password ?? undefined,
            agent: h.agent ? process.env.SSH_AUTH_SOCK : undefined,
            hostKeys: h.host_key ? [h.host_key] : [],
            knownHostsFile,
            insecureIgnoreHostKey: h.insecure_ignore_host_key === true,
          } : undefined,
        });
      });
      return diags;
    },

    async stop() {
      fleet.stop();
    },

    async close() {
      fleet.close();
    },
  };
}
