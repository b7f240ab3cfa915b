// `cdktf-xen provider install`: puts the provider this package ships (bin/) where
// terraform and tofu install providers from, a filesystem mirror, and writes a CLI
// configuration that takes xen-cdk/* from that mirror only.
//
//   DIR/registry.terraform.io/xen-cdk/xen/<version>/<os>_<arch>/terraform-provider-xen_v<version>
//   DIR/registry.opentofu.org/xen-cdk/xen/<version>/<os>_<arch>/...        (+ provider.js, provider.cache, liblzma.wasm)
//
// The default DIR, ~/.terraform.d/plugins, is an implied local mirror of both
// terraform and tofu: with no provider_installation block in the user's CLI config,
// neither needs any configuration to find the provider there.
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";

declare const CDKTF_XEN_VERSION: string | undefined;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const REGISTRIES = ["registry.terraform.io", "registry.opentofu.org"] as const;
/** The provider is JavaScript, so one build serves every platform the engines run on. */
export const PLATFORMS = ["linux_amd64", "linux_arm64", "darwin_arm64", "darwin_amd64"] as const;
const LOADER = "terraform-provider-xen";
const FILES = [LOADER, "provider.js", "provider.cache", "liblzma.wasm"];

export const USAGE = `Usage: cdktf-xen provider install [--dir DIR] [--copy | --link] [--config FILE]

Installs the provider xen-cdk/xen of this package into the filesystem mirror DIR, for
registry.terraform.io (terraform) and registry.opentofu.org (tofu),
on ${PLATFORMS.join(", ")}.

  --dir DIR       the mirror (default ~/.terraform.d/plugins: terraform and tofu look there
                  without any CLI configuration)
  --copy          copy the provider's files (default): the mirror keeps working when this
                  package is removed or upgraded
  --link          symlink the provider's executable instead: every run uses this package's
                  current build, and the package hash (.terraform.lock.hcl) survives rebuilds
  --config FILE   the CLI configuration to write (default DIR/cdktf-xen.tfrc)

Prints \`export TF_CLI_CONFIG_FILE=FILE\` on stdout (for eval): a configuration that installs
xen-cdk/* from DIR only and everything else from the registries, for when DIR is not an
implied mirror or your own CLI configuration has a provider_installation block.
`;

/** The implied local mirror both terraform and tofu search when the CLI config has no provider_installation. */
export const defaultMirror = () => join(homedir(), ".terraform.d", "plugins");

/** Where the provider's files are: beside this command (bin/ of the package), or bin/ of the repository when run from sources. */
function providerDir(): string {
  for (const dir of [__dirname, resolve(__dirname, "../../bin")]) {
    if (FILES.every((f) => existsSync(join(dir, f)))) return realpathSync(dir);
  }
  throw new Error(`the provider is not built: no ${FILES.join(", ")} beside ${__dirname} (run \`npm run build\`)`);
}

/** The version of the package the files come from (its package.json is bin/../package.json). */
function versionOf(dir: string): string {
  try {
    const v = JSON.parse(readFileSync(join(dir, "..", "package.json"), "utf8")).version;
    if (typeof v === "string" && v) return v;
  } catch { /* a bare copy of bin/: fall back to the version built into the command */ }
  if (typeof CDKTF_XEN_VERSION === "string") return CDKTF_XEN_VERSION;
  throw new Error(`cannot tell the provider's version: no package.json beside ${dir}`);
}

/** The engines' name for the platform Node runs on, so an unlisted one (e.g. freebsd) is covered too. */
function hostPlatform(): string | undefined {
  const arch = ({ x64: "amd64", arm64: "arm64", arm: "arm", ia32: "386" } as Record<string, string>)[process.arch];
  return arch && process.platform !== "win32" ? `${process.platform}_${arch}` : undefined;
}

/** A string in HCL's quoted form (the path may hold anything a file name can). */
const hcl = (s: string) => JSON.stringify(s).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{");
/** A word for a POSIX shell, quoted only when it needs it. */
const sh = (s: string) => (/^[A-Za-z0-9_\/.,:@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export function tfrc(mirror: string): string {
  const only = `[${REGISTRIES.map((r) => hcl(`${r}/xen-cdk/*`)).join(", ")}]`;
  return `# Written by \`cdktf-xen provider install\`: xen-cdk/* from the local mirror, nothing else from it.
provider_installation {
  filesystem_mirror {
    path    = ${hcl(mirror)}
    include = ${only}
  }
  direct {
    exclude = ${only}
  }
}
`;
}

export interface Installed {
  mirror: string;
  config: string;
  version: string;
  mode: "copy" | "link";
  platforms: string[];
}

export function install(opts: { dir?: string; mode?: "copy" | "link"; config?: string } = {}): Installed {
  const src = providerDir();
  const version = versionOf(src);
  const mirror = resolve(opts.dir ?? defaultMirror());
  const mode = opts.mode ?? "copy";
  const host = hostPlatform();
  const platforms = [...PLATFORMS, ...(host && !(PLATFORMS as readonly string[]).includes(host) ? [host] : [])];
  const exe = `${LOADER}_v${version}`;
  let first: string | undefined; // copy mode: the one real copy, which the other platforms hard-link
  for (const registry of REGISTRIES) {
    for (const platform of platforms) {
      const dir = join(mirror, registry, "xen-cdk", "xen", version, platform);
      mkdirSync(dir, { recursive: true });
      // Whatever an earlier install left (either mode, either executable name): two
      // executables in one package directory would leave the engine guessing.
      for (const f of readdirSync(dir)) {
        if (f === LOADER || f.startsWith(`${LOADER}_`) || FILES.includes(f) || f.endsWith(".tmp")) rmSync(join(dir, f), { force: true });
      }
      if (mode === "link") {
        // The loader resolves its real path and loads provider.js beside it, in the package.
        symlinkSync(join(src, LOADER), join(dir, exe));
        continue;
      }
      for (const f of FILES) {
        const to = join(dir, f === LOADER ? exe : f);
        const tmp = `${to}.tmp`;
        try {
          if (!first) throw new Error("first copy");
          linkSync(join(first, f === LOADER ? exe : f), tmp);
        } catch {
          copyFileSync(join(src, f), tmp);
        }
        if (f === LOADER) chmodSync(tmp, 0o755);
        // Renamed into place: an engine running meanwhile never starts half a file.
        renameSync(tmp, to);
      }
      first ??= dir;
    }
  }
  const config = resolve(opts.config ?? join(mirror, "cdktf-xen.tfrc"));
  mkdirSync(dirname(config), { recursive: true });
  writeFileSync(`${config}.tmp`, tfrc(mirror));
  renameSync(`${config}.tmp`, config);
  return { mirror, config, version, mode, platforms };
}

export function providerCommand(argv: string[], io: Io): number {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === "-h" || sub === "--help" || sub === "help") {
    io.out(USAGE);
    return sub ? 0 : 1;
  }
  if (sub !== "install") {
    io.err(`cdktf-xen provider: unknown command "${sub}"\n\n${USAGE}`);
    return 1;
  }
  let v: { dir?: string; copy?: boolean; link?: boolean; config?: string; help?: boolean };
  try {
    v = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        dir: { type: "string" },
        copy: { type: "boolean" },
        link: { type: "boolean" },
        config: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (e) {
    io.err(`cdktf-xen provider install: ${(e as Error).message}\n`);
    return 1;
  }
  if (v.help) {
    io.out(USAGE);
    return 0;
  }
  if (v.copy && v.link) {
    io.err("cdktf-xen provider install: give --copy or --link, not both\n");
    return 1;
  }
  let r: Installed;
  try {
    r = install({ dir: v.dir, config: v.config, mode: v.link ? "link" : "copy" });
  } catch (e) {
    io.err(`cdktf-xen provider install: ${(e as Error).message}\n`);
    return 1;
  }
  const implied = r.mirror === resolve(defaultMirror());
  io.err([
    `cdktf-xen: provider xen-cdk/xen ${r.version} installed (${r.mode}) in ${r.mirror}`,
    `  for ${REGISTRIES.join(" and ")}, on ${r.platforms.join(", ")}`,
    implied
      ? "  terraform and tofu search this directory by default: unless your CLI configuration has a\n" +
        "  provider_installation block, nothing else is needed. Otherwise use the configuration written to"
      : "  terraform and tofu do not search this directory by default: use the configuration written to",
    `  ${r.config} (the export on stdout; it replaces ~/.terraformrc while set).`,
    "  cdktf deploy/diff/destroy need --skip-provider-lock (`providers lock` would ask the registry).",
    "",
  ].join("\n"));
  io.out(`export TF_CLI_CONFIG_FILE=${sh(r.config)}\n`);
  return 0;
}
