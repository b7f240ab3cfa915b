// cdktf-xen: reports for GitOps pipelines, from what terraform / tofu record.
//   cdktf-xen drift   [--plan-json FILE | --dir DIR] [--format text|markdown|json]
//   cdktf-xen audit   [--plan-json FILE | --state-json FILE | --dir DIR] [--format ...]
//   cdktf-xen upgrade --xen-version V [--host NAME] [--arch A --from-version V --xen-caps C] [inputs] [--format ...]
//   cdktf-xen import-config FILE.cfg... [--host NAME] [facts] [--format hcl|json|typescript|python] [--normalize-type]
//   cdktf-xen import-host --host NAME [--dir DIR | --state-json FILE] [--format ...] [--normalize-type]
// Exit status: 0 nothing to report, 2 something to report (drift, findings, changes), 1 error.
import { parseArgs } from "node:util";
import { auditReport, renderAudit } from "./audit";
import { driftReport, renderDrift } from "./drift";
import { FORMATS, type Format } from "./format";
import { importConfigs, importFacts, readConfigFiles } from "./import-config";
import { importHost } from "./import-host";
import { CODE_FORMATS, type CodeFormat } from "./import-render";
import { EngineError, readJsonFile, refreshOnlyPlan, stateOf } from "./input";
import { providerCommand } from "./provider-install";
import { InputError, type ShowJson } from "./tfjson";
import { renderUpgrade, upgradeReport } from "./upgrade";

declare const CDKTF_XEN_VERSION: string | undefined;
const VERSION = typeof CDKTF_XEN_VERSION === "string" ? CDKTF_XEN_VERSION : "dev";

export const EXIT = { clean: 0, error: 1, found: 2 } as const;

const USAGE = `cdktf-xen — reports on Xen guests managed by terraform / tofu (provider xen-cdk/xen)

Usage:
  cdktf-xen drift   [--plan-json FILE | --dir DIR] [--format text|markdown|json]
      Drift of xen_domain guests from \`terraform show -json\` of a plan made with
      \`terraform plan -refresh-only -out=FILE\`; with --dir, runs both in DIR.
  cdktf-xen audit   [--plan-json FILE | --state-json FILE | --dir DIR] [--format ...]
      Guests written with a type xl reads differently or libxl converts (Arm pv → pvh,
      abbreviations, builder), and what to write instead. --dir reads DIR's state.
  cdktf-xen upgrade --xen-version V [--host NAME] [inputs] [--format ...]
                    [--arch ARCH --from-version V [--xen-caps CAPS]]
      Re-resolves every declared guest with the Xen version V (same arch and caps)
      and lists which change effective type, gain or lose warnings, or are refused.
      Host facts come from a xen_host data source, the provider's facts block, or
      the flags (which win).
  cdktf-xen import-config FILE.cfg... [--host NAME] [--format hcl|json|typescript|python]
                    [--normalize-type] (--arch ARCH --xen-version V [--xen-caps CAPS] | --facts FILE)
      Converts hand-written xl.cfg files into xen_domain code (with --host, also the
      provider's host block, plan-only with the facts), read as xl reads them. Each
      guest is resolved by the plan's model for the facts: what the plan will say, and
      every finding with file:line, goes to stderr and into the code's comments.
      --normalize-type writes the type a guest runs as (Arm pv → pvh). A file xl would
      refuse is reported with xl's reason and line, and left out (exit status 1).
      --facts FILE: a JSON object with arch (or machine), xen_version, xen_caps (e.g.
      testhost's host.json); xen_caps default to Arm's own, x86_64 needs them.
  cdktf-xen import-host --host NAME [--dir DIR | --state-json FILE] [--format ...]
                    [--normalize-type]
      Guests running on host NAME that the state in DIR does not manage, as code plus
      an import block each (id "<host>/<name>"): add it to the stack and \`terraform
      plan\` adopts them with no changes. Runs the engine in a scratch copy of DIR
      (default .), with the stack's provider configuration; writes nothing there.
  cdktf-xen provider install [--dir DIR] [--copy | --link] [--config FILE]
      Puts this package's provider where terraform and tofu install it from
      (default ~/.terraform.d/plugins); \`cdktf-xen provider --help\` for more.

Exit status: 0 nothing to report, 2 drift / findings / changes, 1 error (import-config:
1 when a file is refused; import-host: 2 when it found guests to import).
The engine for --dir is $TERRAFORM_BINARY_NAME, else terraform, else tofu on PATH.
`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function load(v: Record<string, unknown>, dirMode: "refresh-plan" | "state"): ShowJson {
  const given = ["plan-json", "state-json", "dir"].filter((k) => v[k] !== undefined);
  if (given.length > 1) throw new InputError(`give only one of --${given.join(", --")}`);
  if (typeof v["plan-json"] === "string") return readJsonFile(v["plan-json"]);
  if (typeof v["state-json"] === "string") return readJsonFile(v["state-json"]);
  const dir = typeof v.dir === "string" ? v.dir : process.cwd();
  return dirMode === "refresh-plan" ? refreshOnlyPlan(dir) : stateOf(dir);
}

function errorOut(io: Io, format: Format, command: string, e: unknown): number {
  const msg = e instanceof Error ? e.message : String(e);
  if (format === "json") {
    io.out(JSON.stringify({
      schema: `cdktf-xen/${command}/v1`,
      status: "error",
      error: { message: msg, diagnostics: e instanceof EngineError ? e.diagnostics : [] },
    }, null, 2) + "\n");
  } else if (format === "markdown") {
    io.out(`### ❌ cdktf-xen ${command} failed\n\n${msg.replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]!)}\n`);
  }
  io.err(`cdktf-xen ${command}: ${msg}\n`);
  if (e instanceof EngineError && e.stderr && format === "text") io.err(e.stderr + "\n");
  return EXIT.error;
}

export function main(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): number {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") {
    io.out(USAGE);
    return command ? EXIT.clean : EXIT.error;
  }
  if (command === "--version" || command === "version") {
    io.out(`cdktf-xen ${VERSION}\n`);
    return EXIT.clean;
  }
  if (command === "provider") return providerCommand(rest, io);
  if (command === "import-config" || command === "import-host") return importCommand(command, rest, io);
  if (!["drift", "audit", "upgrade"].includes(command)) {
    io.err(`cdktf-xen: unknown command "${command}"\n\n${USAGE}`);
    return EXIT.error;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        "plan-json": { type: "string" },
        "state-json": { type: "string" },
        dir: { type: "string" },
        format: { type: "string", default: "text" },
        "xen-version": { type: "string" },
        host: { type: "string" },
        arch: { type: "string" },
        "xen-caps": { type: "string" },
        "from-version": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (e) {
    io.err(`cdktf-xen ${command}: ${(e as Error).message}\n`);
    return EXIT.error;
  }
  if (values.help) {
    io.out(USAGE);
    return EXIT.clean;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.err(`cdktf-xen ${command}: --format must be one of ${FORMATS.join(", ")}\n`);
    return EXIT.error;
  }
  try {
    const flags = { arch: values.arch as string | undefined, xenCaps: values["xen-caps"] as string | undefined, fromVersion: values["from-version"] as string | undefined };
    if (command === "drift") {
      if (values["state-json"] !== undefined) throw new InputError("drift needs a plan (--plan-json of a refresh-only plan, or --dir), not a state");
      if (values["xen-version"] || values.host || values.arch || values["xen-caps"] || values["from-version"]) {
        throw new InputError("drift takes no --xen-version, --host, --arch, --xen-caps or --from-version");
      }
      const doc = load(values, "refresh-plan");
      if (doc.kind !== "plan") throw new InputError("the input is a state, not a plan: give `terraform show -json` of a plan made with -refresh-only");
      const r = driftReport(doc);
      io.out(renderDrift(r, format));
      return r.status === "clean" ? EXIT.clean : EXIT.found;
    }
    if (command === "audit") {
      if (values["xen-version"] || values.host) throw new InputError("audit takes no --xen-version or --host");
      const r = auditReport(load(values, "state"), flags);
      io.out(renderAudit(r, format));
      return r.status === "clean" ? EXIT.clean : EXIT.found;
    }
    if (typeof values["xen-version"] !== "string") throw new InputError("upgrade needs --xen-version (e.g. --xen-version 4.20)");
    const r = upgradeReport(load(values, "state"), { target: values["xen-version"], host: values.host as string | undefined, ...flags });
    io.out(renderUpgrade(r, format));
    return r.status === "unchanged" ? EXIT.clean : EXIT.found;
  } catch (e) {
    if (!(e instanceof InputError || e instanceof EngineError)) {
      return errorOut(io, format, command, new Error(`unexpected failure: ${(e as Error)?.stack ?? e}`));
    }
    return errorOut(io, format, command, e);
  }
}

/** import-config and import-host: code on stdout, what the plan will say on stderr. */
function importCommand(command: "import-config" | "import-host", args: string[], io: Io): number {
  let values: Record<string, string | boolean | undefined>;
  let files: string[];
  try {
    const parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: command === "import-config",
      options: {
        host: { type: "string" },
        format: { type: "string", default: "hcl" },
        "normalize-type": { type: "boolean", default: false },
        ...(command === "import-config"
          ? { arch: { type: "string" }, "xen-version": { type: "string" }, "xen-caps": { type: "string" }, "virt-caps": { type: "string" }, facts: { type: "string" } }
          : { dir: { type: "string" }, "state-json": { type: "string" } }),
        help: { type: "boolean", short: "h" },
      },
    });
    values = parsed.values as Record<string, string | boolean | undefined>;
    files = parsed.positionals;
  } catch (e) {
    io.err(`cdktf-xen ${command}: ${(e as Error).message}\n`);
    return EXIT.error;
  }
  if (values.help) {
    io.out(USAGE);
    return EXIT.clean;
  }
  const format = values.format as CodeFormat;
  if (!CODE_FORMATS.includes(format)) {
    io.err(`cdktf-xen ${command}: --format must be one of ${CODE_FORMATS.join(", ")}\n`);
    return EXIT.error;
  }
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  try {
    if (command === "import-config") {
      const facts = importFacts({ facts: str("facts"), arch: str("arch"), xenVersion: str("xen-version"), xenCaps: str("xen-caps"), virtCaps: str("virt-caps") });
      const r = importConfigs(readConfigFiles(files), { host: str("host"), format, normalizeType: values["normalize-type"] === true, facts });
      io.err(r.messages.join("\n") + "\n");
      io.out(r.code);
      return r.refused ? EXIT.error : EXIT.clean;
    }
    const host = str("host");
    if (!host) throw new InputError("import-host needs --host NAME (a host block of the provider)");
    const r = importHost({ host, dir: str("dir") ?? process.cwd(), stateJson: str("state-json"), format, normalizeType: values["normalize-type"] === true });
    io.err(r.messages.join("\n") + "\n");
    io.out(r.code);
    return r.adopted ? EXIT.found : EXIT.clean;
  } catch (e) {
    if (!(e instanceof InputError || e instanceof EngineError)) {
      return errorOut(io, "text", command, new Error(`unexpected failure: ${(e as Error)?.stack ?? e}`));
    }
    return errorOut(io, "text", command, e);
  }
}
