// DIFFERENTIAL on real Xen: configs nobody picked by hand (test/e2e/differential.ts draws them
// from the model's own tables and from hostile values, with a fixed seed), each judged by the
// model (resolveDomain with the host's facts from `xl info`) and by the host's real xl:
// `xl -N create` on every config (xl's parser; all files sent and run in one SSH session), and a
// real `xl create` + `xl destroy` for the configs the model refuses but xl's parser takes (libxl
// and Xen refuse only at create) and for a sample of those it accepts. The host decides: every
// disagreement is a model fix or an exception below, with its reason.
//
// CDKTF_XEN_DIFF_CONFIGS (150), CDKTF_XEN_DIFF_SEED (1), CDKTF_XEN_DIFF_CREATES (8 real creates
// per host: half of configs the model refuses that xl -N takes, the rest of configs it accepts),
// CDKTF_XEN_E2E_DIFF: the hosts (arm64-4.17,x86_64-4.17,arm64-4.20; empty skips; the opt-in
// x86_64-4.21 and x86_64-4.22, Xen built from source, by naming them: testhost/README.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { availableMemory, factsFromXlInfo, type HostFacts } from "../../src/xen";
import { parseProbe } from "../../src/resources/host-reads";
import { probeScript } from "../../src/resources/host-scripts";
import { ROOT } from "../engine/engine";
import { drawConfigs, judge, mulberry32, type Judged } from "./differential";
import { bootHost, destroyGuests, NEEDS_DEVICE_MODEL, onHost, xlCreateEach, type RealHost } from "./real-host";

const HOSTS = (process.env.CDKTF_XEN_E2E_DIFF ?? "arm64-4.17,x86_64-4.17,arm64-4.20").split(",").filter(Boolean);
const COUNT = Number(process.env.CDKTF_XEN_DIFF_CONFIGS ?? 150);
const SEED = Number(process.env.CDKTF_XEN_DIFF_SEED ?? 1);
const CREATES = Number(process.env.CDKTF_XEN_DIFF_CREATES ?? 8);
const P = "diff-";
const DIR = "/tmp/cdktf-diff";
const DISK = `${DIR}/disk.raw`;

/** What xl did with one file. */
interface XlOutcome { code: number; digest: string; stderr: string }

/**
 * Where the model and xl disagree by design, each with its reason. A config the model refuses is
 * excused when every one of its errors matches an exception's `errors` and xl does what the
 * exception says; one it accepts, when `accepts` picks it. So an exception is tested too: if xl
 * stops doing what it says, the config is a disagreement again.
 */
interface Exception { id: string; why: string; xl: "accepts" | "refuses"; errors?: RegExp; also?: (j: Judged) => boolean; accepts?: (j: Judged) => boolean }
/** xl_config keys whose content (device specs, CPU and memory ranges, option lists) the model passes through unread. */
const CONTENT_UNREAD = new Set(["cpus", "cpus_soft", "pci", "vdispl", "vsnd", "vtpm", "p9", "pvcalls", "channel", "usbctrl", "usbdev", "vfb", "vkb", "virtio",
  "iomem", "irqs", "dtdev", "ioports", "vnuma", "llc_colors", "smbios", "xenstore_quota", "mca_caps", "rdm", "usbdevice", "serial"]);
export const EXCEPTIONS: Exception[] = [
  { id: "malformedNumber", xl: "accepts", errors: /must be an integer as xl reads it/,
    why: "xl_config gives an integer or boolean key a value that is not a number xl reads (\"yes\", \"1.5\", \"\"): xl warns " +
      "(\"parameter `x' is not a valid number\") and creates the guest without the key. The provider refuses to write a setting xl would drop; " +
      "for the bounded keys (max_grant_frames, max_maptrack_frames) xl refuses too, and agrees." },
  { id: "commaInField", xl: "accepts", errors: /contains a comma, which ends the item/,
    why: "a disk or vif block field holding a comma: xl reads the rest as another item of the spec (an empty positional, a flag), so the " +
      "device is not what the block says, yet often valid. The writer will not write such a spec." },
  { id: "fieldNotInThisXen", xl: "accepts", errors: /needs Xen \d+\.\d+ or later; this host runs/,
    why: "a block field this release's xl does not read (vif.vlan, vif.mtu, vif.trusted before their release): xl drops it with " +
      "\"unrecognized argument\" and creates the guest without it. The plan refuses it, as the guest would silently lack it (devices.ts FieldFate)." },
  { id: "notASize", xl: "accepts", errors: /must be a whole number/,
    also: (j) => ["memory", "maxmem", "vcpus", "maxvcpus"].some((a) => typeof j.drawn.attrs[a] === "number" && (!Number.isInteger(j.drawn.attrs[a]) || (j.drawn.attrs[a] as number) < 0)),
    why: "a size attribute that is not a whole number or is negative (vcpus = 1.5, maxmem = -5): written quoted, xl warns (\"not a valid number\") " +
      "and uses its default, or takes the negative maxmem as unset. The plan refuses a size xl would replace by its own." },
  { id: "vcpusZero", xl: "accepts", errors: /^vcpus must be a whole number of at least 1$/, also: (j) => j.drawn.attrs.vcpus === 0,
    why: "vcpus = 0: xl creates the guest with 1 vCPU — before 4.22 libxl sets a max_vcpus of 0 to 1 (tools/libs/light/libxl_create.c:209@RELEASE-4.17.0), " +
      "from 4.22 xl itself reads vcpus below 1 as 1 (tools/xl/xl_parse.c:1569@RELEASE-4.22.0). The plan refuses it: the state would say 0 and every refresh would find 1." },
  { id: "listForSingleValue", xl: "accepts", errors: / = \[.*\] (on|makes)/,
    why: "a list given to a key xl reads as one value (timer_mode = [\"a\"]): xl warns (\"is a list but should be a single value\") and " +
      "ignores the key, while the key's rule judges the text. The plan still refuses; the writer should refuse such a list (kind \"any\" keys " +
      "take lists in the model) — left as is." },
  { id: "macNotWhole", xl: "accepts", errors: /^Invalid vif\.mac: /,
    why: "a vif block's MAC that xl does not read whole (empty, seven octets, an octet above ff): xl warns \"Invalid parameter `mac'\" and " +
      "gives a random MAC, or ignores the tail. The plan refuses a MAC the guest would not get." },
  { id: "vifTypeNotRead", xl: "accepts", errors: /^Invalid vif\.type "/,
    why: "a vif block's type other than vif or ioemu: xl warns \"Invalid parameter `type'\" and creates the guest with the default " +
      "type (its vif parse's result is not checked: tools/xl/xl_parse.c:2606@RELEASE-4.22.0). The plan refuses a type the interface would not get." },
  { id: "linkRange", xl: "accepts", errors: /is not a VLAN id|is not an MTU/,
    why: "vif.vlan outside 1-4094 or vif.mtu outside 68-65535: xl passes the value on (or, before 4.19, drops vlan) without a check; " +
      "the plan refuses values no bridge or link can carry." },
  { id: "contentUnread", xl: "refuses", accepts: (j) => Object.keys((j.drawn.attrs.xl_config as Record<string, string> | undefined) ?? {}).some((k) => CONTENT_UNREAD.has(k)),
    why: "xl_config keys whose values are specs of their own (pci, cpus, vdispl, iomem, ...): the model writes them as given and " +
      "does not parse their content, so xl's parser is the first to judge it (e.g. cpus = 255 on a 2-CPU host: \"vcpu hard affinity map is empty\")." },
];
/** The exception that excuses this config when xl did `xlSaid`, if any. */
function excuse(j: Judged, xlSaid: "accepts" | "refuses"): Exception | undefined {
  const ex = EXCEPTIONS.filter((e) => e.xl === xlSaid);
  if (!j.refused) return ex.find((e) => e.accepts?.(j));
  const covering = j.errors.map((err) => ex.find((e) => e.errors?.test(err) && (e.also?.(j) ?? true)));
  return covering.every(Boolean) ? covering[0] : undefined;
}

/** Send every file and run `xl -N create` on each, in one SSH session; an outcome per id. */
async function parseAll(h: RealHost, configs: Judged[]): Promise<Map<string, XlOutcome>> {
  const files = configs.map((j) => `cat > ${j.drawn.id}.cfg <<'@@DIFF@@'\n${j.cfg}@@DIFF@@\n`).join("");
  const script = `set -u; rm -rf ${DIR}/c* ${DIR}/lane*; mkdir -p ${DIR}; cd ${DIR}\n[ -e ${DISK} ] || dd if=/dev/zero of=${DISK} bs=1M count=0 seek=16 2>/dev/null\n${files}` +
    // Two lanes (the host has two vCPUs), each writing its own results.
    `lane() { for f in $(ls c*.cfg | awk -v n=$1 'NR % 2 == n'); do i=\${f%.cfg}; timeout 30 xl -N create $f > $i.out 2> $i.err; rc=$?; ` +
    `echo "@@ $i $rc $(grep -v '"uuid"' $i.out | sha256sum | cut -c1-16) $(head -c 1500 $i.err | base64 | tr -d '\\n')"; done > lane$1.txt; }\n` +
    `lane 0 & lane 1 & wait; cat lane0.txt lane1.txt\n`;
  const r = await onHost(h, "sh -s", script);
  return outcomes(r.stdout);
}

function outcomes(stdout: string): Map<string, XlOutcome> {
  const m = new Map<string, XlOutcome>();
  for (const line of stdout.split("\n")) {
    const x = /^@@ (\S+) (\d+) (\S+) (\S*)$/.exec(line);
    if (x) m.set(x[1], { code: Number(x[2]), digest: x[3], stderr: Buffer.from(x[4], "base64").toString("utf8") });
  }
  return m;
}

interface Disagreement { id: string; what: string[]; model: string; xl: string; stage: "parse" | "create"; cfg: string }

for (const hostName of HOSTS) {
  describe(`differential on ${hostName}: the model against real xl`, () => {
    let h: RealHost;
    let facts: HostFacts;
    let available: number | null = null;
    let wasUp = false;
    const t0 = Date.now();

    beforeAll(async () => {
      wasUp = execFileSync(join(ROOT, "testhost", "testhost.sh"), ["status"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).includes(`${hostName} `);
      h = bootHost(hostName);
      await destroyGuests(h, P);
      facts = factsFromXlInfo((await onHost(h, "xl info")).stdout);
      // What the plan's host checks read of the host's memory (the probe's host part).
      const side = parseProbe((await onHost(h, probeScript({ host: true, paths: [], dirs: [], kernels: [] }))).stdout).side;
      available = side ? availableMemory(side) : null;
    });
    afterAll(async () => {
      if (h) await destroyGuests(h, P);
      // One emulated host at a time on this machine: stop the host unless it ran before this file.
      if (h && !wasUp && !process.env.CDKTF_XEN_KEEP_HOSTS) execFileSync(join(ROOT, "testhost", "testhost.sh"), ["down", hostName], { stdio: "ignore" });
    });

    it(`${COUNT} drawn configs (seed ${SEED}): the model's verdict is xl's`, async () => {
      const shape = { facts, kernel: h.guest_kernel, ramdisk: h.guest_ramdisk, disk: DISK, prefix: P };
      const judged = drawConfigs(SEED, COUNT, shape).map((d) => judge(d, facts, available));
      // The writer refuses only what the model refuses.
      const unwritten = judged.filter((j) => j.cfg === null);
      for (const j of unwritten) expect(j.refused, j.drawn.what.join(" ")).toBe(true);
      const runnable = judged.filter((j) => j.cfg !== null);

      const tp = Date.now();
      const parsed = await parseAll(h, runnable);
      const parseSeconds = (Date.now() - tp) / 1000;
      expect(parsed.size, "every file got an xl -N outcome").toBe(runnable.length);

      // Creates: every config the model refuses that xl's parser takes (only the create can say),
      // and a sample of those the model accepts; never one whose create depends on more than the config
      // (nor an HVM guest on a host with no device model: Xen built from source).
      const r = mulberry32(SEED ^ 0x5eed);
      const noDeviceModel = (j: Judged) => h.device_model === false && (j.writtenType === "hvm" || j.effectiveType === "hvm");
      // A key whose fate is the host's in a way xl info does not show (the model warns keyNeedsHost): the create decides nothing about the model.
      const hostSays = (j: Judged) => j.warnings.includes("keyNeedsHost");
      const creatable = runnable.filter((j) => !j.drawn.hostBound && !noDeviceModel(j) && !hostSays(j) && parsed.get(j.drawn.id)!.code === 0);
      const shuffled = (xs: Judged[]) => xs.map((j) => [r(), j] as const).sort((a, b) => a[0] - b[0]).map(([, j]) => j);
      const pending = shuffled(creatable.filter((j) => j.refused && !excuse(j, "accepts"))).slice(0, Math.ceil(CREATES / 2));
      const accepted = shuffled(creatable.filter((j) => !j.refused)).slice(0, CREATES - pending.length);
      const tc = Date.now();
      // The files are on the host already (parseAll).
      const created = await xlCreateEach(h, DIR, [...pending, ...accepted].map((j) => ({ id: j.drawn.id, name: j.drawn.name })));
      const createSeconds = (Date.now() - tc) / 1000;
      await destroyGuests(h, P);

      const bad: Disagreement[] = [];
      const excused: Record<string, number> = {};
      let agreeParse = 0, agreeCreate = 0, unresolved = 0;
      const cfgOf = (j: Judged) => j.cfg!.split("\n").filter((l) => l && !l.startsWith("#")).join("; ");
      const disagree = (j: Judged, stage: "parse" | "create", o: { code: number; stderr: string }) => {
        const xlSaid = o.code === 0 ? "accepts" : "refuses";
        const ex = excuse(j, xlSaid);
        if (ex) { excused[ex.id] = (excused[ex.id] ?? 0) + 1; return; }
        bad.push({ id: j.drawn.id, what: j.drawn.what, stage, cfg: cfgOf(j),
          model: j.refused ? `refuses: ${j.errors.join(" | ")}` : `accepts${j.warnings.length ? ` (warns ${j.warnings.join(", ")})` : ""}`,
          xl: `xl ${stage === "parse" ? "-N " : ""}create exit ${o.code}: ${o.stderr.trim().split("\n").slice(-4).join(" / ")}` });
      };
      for (const j of runnable) {
        const p = parsed.get(j.drawn.id)!;
        if (!j.refused && p.code !== 0) { disagree(j, "parse", p); continue; }
        if (j.refused && p.code !== 0) { agreeParse++; continue; }
        const c = created.get(j.drawn.id);
        if (!c) {
          if (!j.refused) agreeParse++;
          else if (excuse(j, "accepts")) disagree(j, "parse", p);
          else unresolved++;
          continue;
        }
        // A PV/PVH guest whose devices need QEMU as their backend (a vfb from vnc/sdl, a qdisk), on a host with none.
        if (h.device_model === false && !j.refused && c.code !== 0 && NEEDS_DEVICE_MODEL.test(c.stderr)) { excused.noDeviceModel = (excused.noDeviceModel ?? 0) + 1; continue; }
        if (j.refused !== (c.code !== 0)) { disagree(j, "create", c); continue; }
        if (!j.refused && c.type !== j.effectiveType) {
          bad.push({ id: j.drawn.id, what: j.drawn.what, stage: "create", cfg: cfgOf(j), model: `runs as ${j.effectiveType}`, xl: `runs as ${c.type}` });
          continue;
        }
        agreeCreate++;
      }
      const n = judged.length;
      const excusedN = Object.values(excused).reduce((a, b) => a + b, 0);
      console.log([
        `differential ${hostName} (Xen ${facts.xenVersion.text}, seed ${SEED}): ${n} configs, model refuses ${judged.filter((j) => j.refused).length}`,
        `  writer refuses (model refuses, no file): ${unwritten.length}`,
        `  xl -N create: ${runnable.length} files in ${parseSeconds.toFixed(1)} s; agree at parse ${agreeParse}`,
        `  xl create + destroy: ${created.size} (${pending.length} the model refuses, ${accepted.length} it accepts) in ${createSeconds.toFixed(1)} s; agree ${agreeCreate}`,
        `  model refuses, xl -N takes, not created (host-bound, HVM with no device model, a host setting, or over the cap): ${unresolved}`,
        `  exceptions: ${excusedN} ${JSON.stringify(excused)}`,
        `  disagreements: ${bad.length}`,
        `  wall time ${((Date.now() - t0) / 1000).toFixed(1)} s`,
        ...bad.map((b) => `  ✗ ${b.id} [${b.stage}] ${b.what.join(" ")}\n      model: ${b.model}\n      xl:    ${b.xl}\n      cfg:   ${b.cfg}`),
      ].join("\n"));
      expect(bad).toEqual([]);
      expect(agreeParse + agreeCreate + excusedN + unresolved + unwritten.length).toBe(n);
    }, 1_800_000);
  });
}
