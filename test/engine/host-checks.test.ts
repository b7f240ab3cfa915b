// HOST CHECKS AT PLAN, through a real engine and OpenSSH on loopback with the STAND-IN
// xl (test/harness/fake-xen): the guests' files, kernels, bridges and memory are looked
// up on the host at plan, in one round trip per host however many guests there are.
// The host's files are the stand-in's own /var/lib/xen-guests (a bzImage kernel with
// the PVH note, a PV-only one); that xl create agrees is shown on real Xen in test/e2e.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bzImage, elfImage, xz } from "../harness/kernel-images";
import { startSshHost, type SshHost } from "../harness/ssh-host";
import { diagnostics, engines, ensureBuilt, planErrors, providerBlock, Workspace } from "./engine";

const X86 = { machine: "x86_64", xen_version: "4.17.7", xen_caps: "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64", virt_caps: "pv hvm hap shadow", total_memory: 4096 } as const;
const DIR = "/var/lib/xen-guests";

const guest = (id: string, attrs: string) => `
resource "xen_domain" "${id}" {
  host             = "h1"
  name             = "${id}"
  shutdown_timeout = 0
${attrs}
}
`;
const disk = (target: string) => `  disk {\n    vdev   = "xvda"\n    target = "${target}"\n  }\n`;

for (const engine of engines()) {
  describe(`host checks with ${engine.name} (stand-in xl)`, () => {
    let host: SshHost;
    let ws: Workspace;
    const reachable = () => providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey }]);
    const probes = () => host.commands().filter((c) => c.includes("k() { if [ -b")).length;

    beforeAll(async () => {
      ensureBuilt();
      host = await startSshHost({ facts: X86, bridges: ["xenbr0"] });
      writeFileSync(join(host.dir, "root", "var-lib", "xen-guests", "img", "root.raw"), Buffer.alloc(4096));
      ws = new Workspace(engine);
    });
    afterAll(async () => {
      await host?.stop();
      ws?.remove();
    });

    it("each late xl create failure is a plan error on its attribute, naming the host; nothing is created; a directory as a disk warns (x86's xl starts it)", async () => {
      ws.write("main.tf", reachable() +
        guest("nokernel", `  kernel = "${DIR}/gone"\n  memory = 128`) +
        guest("nopvh", `  type = "pvh"\n  kernel = "${DIR}/nopvh.bin"\n  memory = 128`) +
        guest("nodisk", `  kernel = "${DIR}/vmlinuz"\n  memory = 128\n${disk(`${DIR}/img/missing.raw`)}`) +
        guest("dirdisk", `  kernel = "${DIR}/vmlinuz"\n  memory = 128\n${disk(`${DIR}/img`)}`) +
        guest("nobridge", `  kernel = "${DIR}/vmlinuz"\n  memory = 128\n  vif {\n    bridge = "xenbr7"\n  }\n`) +
        guest("huge", `  kernel = "${DIR}/vmlinuz"\n  memory = 3900`));
      const plan = await ws.run(["plan", "-no-color", "-input=false"]);
      expect(plan.code).toBe(1);
      const out = plan.stdout + plan.stderr;
      const errors = diagnostics(out, "Error");
      expect(errors).toEqual(expect.arrayContaining([
        `The kernel ${DIR}/gone does not exist on host "h1"`,
        `${DIR}/nopvh.bin on host "h1" cannot boot as PVH`,
        `The disk target ${DIR}/img/missing.raw does not exist on host "h1"`,
        'There is no bridge "xenbr7" on host "h1"',
        'Host "h1" does not have 3900 MiB for this guest',
      ]));
      expect(errors).toHaveLength(5);
      // On x86, xl starts a guest whose disk is a directory (QEMU is its backend, and fails later): a warning.
      expect(diagnostics(out, "Warning")).toContain(`The disk target ${DIR}/img on host "h1" is a directory`);
      // Each on the attribute it is about.
      expect(out).toMatch(/with xen_domain\.nokernel,\n.*\n.*kernel *= "\/var\/lib\/xen-guests\/gone"/);
      expect(out).toMatch(/with xen_domain\.nodisk,\n.*\n.*target *= /);
      expect(out).toMatch(/with xen_domain\.nobridge,\n.*\n.*bridge *= "xenbr7"/);
      expect(out).toMatch(/with xen_domain\.huge,\n.*\n.*memory *= 3900/);
      expect(host.domains().filter((d: any) => d.name !== "Domain-0")).toEqual([]);
    });

    it("on Arm the memory a guest takes from its host is maxmem when that is below memory (what xl builds it with): no capacity refusal", async () => {
      host.setFacts({ machine: "aarch64", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l", virt_caps: "hvm hap" });
      try {
        ws.write("main.tf", reachable() + guest("capped", `  kernel = "${DIR}/vmlinuz"\n  memory = 3900\n  maxmem = 256`) + guest("whole", `  kernel = "${DIR}/vmlinuz"\n  memory = 3900`));
        const plan = await ws.run(["plan", "-no-color", "-input=false"]);
        expect(diagnostics(plan.stdout + plan.stderr, "Error")).toEqual(['Host "h1" does not have 3900 MiB for this guest']);
        expect(plan.stdout + plan.stderr).toMatch(/with xen_domain\.whole,/);
      } finally {
        host.setFacts(X86);
      }
    });

    it("what xl runs is not refused: a PV guest with a PV-only kernel, a PVH guest with the bzImage, an existing disk, the default bridge", async () => {
      ws.write("main.tf", reachable() +
        guest("pv", `  type = "pv"\n  kernel = "${DIR}/nopvh.bin"\n  memory = 128`) +
        guest("pvh", `  type = "pvh"\n  kernel = "${DIR}/vmlinuz"\n  ramdisk = "${DIR}/initrd.img"\n  memory = 128\n${disk(`${DIR}/img/root.raw`)}  vif {}\n`));
      const plan = await ws.run(["plan", "-no-color", "-input=false"]);
      expect(plan.code, plan.stdout + plan.stderr).toBe(0);
      expect(diagnostics(plan.stdout + plan.stderr, "Warning").filter((w) => !w.startsWith("Provider development overrides"))).toEqual([]);
    });

    it("large PVH kernels (three of 30 MiB, more than the output cap as one batch): the plan reads each, in round trips within the cap", async () => {
      const dir = join(host.dir, "root", "var-lib", "xen-guests");
      const MIB = 1024 * 1024;
      const big = async (pvh: boolean) => {
        const k = bzImage(await xz(elfImage({ pv: true, pvh })));
        return Buffer.concat([k, Buffer.alloc(30 * MIB - k.length)]); // a padded image, as a debug kernel is large
      };
      const good = await big(true);
      for (const i of [1, 2, 3]) writeFileSync(join(dir, `big${i}`), good);
      const fleet = (third: string) => reachable() + [1, 2, 3].map((i) =>
        guest(`big${i}`, `  type = "pvh"\n  kernel = "${DIR}/${i === 3 ? third : `big${i}`}"\n  memory = 64`)).join("");
      try {
        ws.write("main.tf", fleet("big3"));
        const before = probes();
        const plan = await ws.run(["plan", "-no-color", "-input=false"]);
        expect(plan.code, plan.stdout + plan.stderr).toBe(0);
        expect(probes() - before).toBe(3); // 40 MiB of base64 each: one kernel a round trip
        expect(diagnostics(plan.stdout + plan.stderr, "Warning").filter((w) => !w.startsWith("Provider development overrides"))).toEqual([]);
        // The checks really read the third: a 30 MiB PV-only kernel there is refused.
        writeFileSync(join(dir, "big3-pv"), await big(false));
        ws.write("main.tf", fleet("big3-pv"));
        const pv = await ws.run(["plan", "-no-color", "-input=false"]);
        expect(pv.code).toBe(1);
        expect(diagnostics(pv.stdout + pv.stderr, "Error")).toEqual([`${DIR}/big3-pv on host "h1" cannot boot as PVH`]);
      } finally {
        for (const f of ["big1", "big2", "big3", "big3-pv"]) rmSync(join(dir, f), { force: true });
      }
    });

    it("guests that fit alone but not together: a warning naming the host and the sums", async () => {
      ws.write("main.tf", reachable() + [1, 2, 3].map((i) => guest(`big${i}`, `  kernel = "${DIR}/vmlinuz"\n  memory = 1400`)).join(""));
      const plan = await ws.run(["plan", "-no-color", "-input=false"]);
      expect(plan.code, plan.stdout + plan.stderr).toBe(0);
      const warnings = diagnostics(plan.stdout + plan.stderr, "Warning");
      expect(warnings).toContain('The guests planned onto host "h1" do not all fit');
      expect(plan.stdout + plan.stderr).toMatch(/Together they need 4200 MiB; the host has \d+ MiB for new guests/);
    });

    it("a plan of 50 guests sends the host checks in one round trip, as a plan of 5 does", async () => {
      const fleet = (n: number) => reachable() + Array.from({ length: n }, (_, i) =>
        guest(`g${i}`, `  kernel = "${DIR}/vmlinuz"\n  ramdisk = "${DIR}/initrd.img"\n  type = "pvh"\n  memory = 16\n${disk(`${DIR}/img/g${i}.raw`)}` +
          `  disk {\n    vdev = "xvdb"\n    target = "${DIR}/img/root.raw"\n    access = "ro"\n  }\n  vif {}\n`)).join("");
      for (let i = 0; i < 50; i++) writeFileSync(join(host.dir, "root", "var-lib", "xen-guests", "img", `g${i}.raw`), "");
      const counts: number[] = [];
      for (const n of [5, 50]) {
        ws.write("main.tf", fleet(n));
        const before = probes();
        const plan = await ws.run(["plan", "-no-color", "-input=false"]);
        expect(plan.code, plan.stdout + plan.stderr).toBe(0);
        counts.push(probes() - before);
      }
      expect(counts).toEqual([1, 1]);
    });

    it("a disk known only at apply: the apply's own plan checks it, and its failure stops the host's other changes of that apply", async () => {
      ws.write("main.tf", reachable() + `resource "terraform_data" "path" {\n  input = "${DIR}/img/made-later.raw"\n}\n` +
        guest("late", `  kernel = "${DIR}/vmlinuz"\n  memory = 64\n  disk {\n    vdev = "xvda"\n    target = terraform_data.path.output\n  }\n`) +
        guest("fine", `  kernel = "${DIR}/vmlinuz"\n  memory = 64\n  depends_on = [terraform_data.path]\n`));
      const apply = await ws.run(["apply", "-auto-approve", "-no-color", "-input=false"]);
      expect(apply.code).toBe(1);
      const errors = diagnostics(apply.stdout + apply.stderr, "Error");
      expect(errors).toContain(`The disk target ${DIR}/img/made-later.raw does not exist on host "h1"`);
      expect(errors).toContain('Nothing is changed on host "h1": the host checks of guest "late" failed');
      expect(host.domains().filter((d: any) => d.name !== "Domain-0")).toEqual([]);
      await ws.run(["destroy", "-auto-approve"]);
    });

    it("a host with declared facts: the plan asks it nothing and says once that the checks were skipped; apply checks before any change, and one failure stops them all", async () => {
      const declared = providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey,
        facts: `    facts {\n      arch = "x86_64"\n      xen_version = "4.17.7"\n      xen_caps = "${X86.xen_caps}"\n    }\n` }]);
      ws.write("main.tf", declared + [1, 2, 3].map((i) => guest(`p${i}`, `  kernel = "${DIR}/${i === 2 ? "gone" : "vmlinuz"}"\n  memory = 128`)).join(""));
      const before = host.commands().length;
      const plan = await ws.run(["plan", "-no-color", "-input=false"]);
      expect(plan.code, plan.stdout + plan.stderr).toBe(0);
      expect(diagnostics(plan.stdout + plan.stderr, "Warning").filter((w) => w === 'Host checks skipped for host "h1"')).toHaveLength(1);
      expect(host.commands().length).toBe(before);

      const apply = await ws.run(["apply", "-auto-approve", "-no-color", "-input=false"]);
      expect(apply.code).toBe(1);
      const errors = diagnostics(apply.stdout + apply.stderr, "Error");
      expect(errors).toContain(`The kernel ${DIR}/gone does not exist on host "h1"`);
      expect(errors.filter((e) => e === 'Nothing is changed on host "h1": the host checks of guest "p2" failed')).toHaveLength(2);
      expect(host.domains().filter((d: any) => d.name !== "Domain-0")).toEqual([]);
    });

    it("an Arm host's GIC in its declared facts: the plan checks the guests' GIC and vCPUs without asking the host; a wrong fact is an error on it", async () => {
      const arm = (gic: string) => providerBlock([{ name: "h1", port: host.port, keyFile: host.privateKeyFile, hostKey: host.hostKey,
        facts: `    facts {\n      arch = "aarch64"\n      xen_version = "4.17.7"\n      xen_caps = "xen-3.0-aarch64 xen-3.0-armv7l"\n      gic_version = "${gic}"\n    }\n` }]);
      const guests = guest("wide", `  kernel = "${DIR}/vmlinuz"\n  memory = 128\n  vcpus = 12`) + guest("v3", `  kernel = "${DIR}/vmlinuz"\n  memory = 128\n  gic_version = "v3"`) +
        guest("fine", `  kernel = "${DIR}/vmlinuz"\n  memory = 128\n  vcpus = 8`);
      const before = host.commands().length;
      ws.write("main.tf", arm("v2") + guests);
      const plan = await ws.run(["plan", "-json", "-no-color", "-input=false"]);
      const errors = planErrors(plan.stdout).map((d) => `${d.address}: ${d.summary}`).sort();
      expect(errors).toEqual([
        'xen_domain.v3: The host (its declared facts.gic_version) has a GICv2 and cannot give this guest a GICv3',
        'xen_domain.wide: 12 vCPUs is more than a guest of the host (its declared facts.gic_version) can have',
      ]);
      expect(planErrors(plan.stdout).find((d) => d.address === "xen_domain.wide").detail).toMatch(/GICv2 guest supports at most 8 vCPUs/);
      ws.write("main.tf", arm("v3") + guests);
      const v3 = await ws.run(["plan", "-json", "-no-color", "-input=false"]);
      expect(planErrors(v3.stdout)).toEqual([]);
      ws.write("main.tf", arm("gicv9") + guests);
      const bad = await ws.run(["plan", "-json", "-no-color", "-input=false"]);
      expect(planErrors(bad.stdout).map((d) => [d.summary, d.detail])).toContainEqual(["Invalid host facts", expect.stringContaining('"gicv9" is not a GIC version')]);
      expect(host.commands().length).toBe(before);
    });
  });
}
