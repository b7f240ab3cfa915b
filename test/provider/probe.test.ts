// The host checks' probe (src/resources/host-scripts.ts probeScript), run by /bin/sh on this
// machine over a directory the test makes, and read by parseProbe: what each path and
// directory entry is. No Xen here: the host part of the probe is not asked for.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HostReads, parseProbe } from "../../src/resources/host-reads";
import { PROBE, PROBE_KERNEL_BATCH, PROBE_KERNEL_LIMIT, probeScript } from "../../src/resources/host-scripts";

const dir = mkdtempSync(join(tmpdir(), "xen-probe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const probe = (req: Parameters<typeof probeScript>[0]) => parseProbe(execFileSync("/bin/sh", ["-c", probeScript(req)], { encoding: "utf8", maxBuffer: 128 * 1024 * 1024 }));

describe("the host checks' probe, run by a real shell", () => {
  it("says what each asked path is, and lists the entries of each directory", () => {
    mkdirSync(join(dir, "img"));
    writeFileSync(join(dir, "img", "root.raw"), "");
    writeFileSync(join(dir, "img", "run.sh"), "");
    chmodSync(join(dir, "img", "run.sh"), 0o755);
    symlinkSync("root.raw", join(dir, "img", "link.raw"));
    const out = probe({ host: false, paths: [join(dir, "img", "root.raw"), join(dir, "img", "none.raw")], dirs: [join(dir, "img")], kernels: [] });
    expect(out.paths.get(join(dir, "img", "root.raw"))).toEqual({ kind: "file" });
    expect(out.paths.get(join(dir, "img", "none.raw"))).toEqual({ kind: "absent" });
    expect(Object.fromEntries(out.listed.get(join(dir, "img"))!)).toEqual({
      "root.raw": { kind: "file" }, "run.sh": { kind: "file", exec: true }, "link.raw": { kind: "file" },
    });
  });

  it("a file whose name holds a line break cannot pass for other entries, even one that knows the run's markers", () => {
    const d = join(dir, "forged");
    mkdirSync(d);
    writeFileSync(join(d, "real.raw"), "");
    // Were its name printed as it is, the second line would say an executable "ghost" exists there.
    writeFileSync(join(d, `x\n${PROBE.entry} file x ghost`), "");
    const out = probe({ host: false, paths: [], dirs: [d], kernels: [] });
    expect([...out.listed.get(d)!.keys()]).toEqual(["real.raw"]);
  });

  it("sends kernels' bytes up to its budget (always the first), names the rest for the next round trip, and skips what it does not read", () => {
    const k = join(dir, "kernels");
    mkdirSync(k);
    const MIB = 1024 * 1024;
    for (const [n, mib] of [["a", 10], ["b", 10], ["c", 10], ["d", 30]] as const) writeFileSync(join(k, n), Buffer.alloc(mib * MIB, n));
    writeFileSync(join(k, "huge"), Buffer.alloc(0));
    execFileSync("truncate", ["-s", `${PROBE_KERNEL_LIMIT + 1}`, join(k, "huge")]);
    const asked = ["huge", "a", "gone", "b", "c", "d"].map((n) => join(k, n));
    const out = probe({ host: false, paths: [], dirs: [], kernels: asked });
    expect(PROBE_KERNEL_BATCH).toBe(24 * MIB);
    expect([...out.kernels].map(([p, b]) => [p, b?.length ?? null])).toEqual([
      [join(k, "huge"), null], [join(k, "a"), 10 * MIB], [join(k, "gone"), null], [join(k, "b"), 10 * MIB],
    ]);
    expect(out.later).toEqual([join(k, "c"), join(k, "d")]);
    // The next round trip: the first always (however large, up to the limit), then within the budget.
    const next = probe({ host: false, paths: [], dirs: [], kernels: out.later });
    expect([...next.kernels.keys()]).toEqual([join(k, "c")]);
    expect(next.later).toEqual([join(k, "d")]);
    expect(probe({ host: false, paths: [], dirs: [], kernels: next.later }).kernels.get(join(k, "d"))?.length).toBe(30 * MIB);
  });

  it("the QEMU libxl would start: the path built into the libxenlight xl loads (ldd), and what is there", () => {
    const d = join(dir, "qemu");
    mkdirSync(join(d, "bin"), { recursive: true });
    // Stand-ins for dom0's xl and ldd: the library is found where ldd says xl loads it from.
    writeFileSync(join(d, "bin", "xl"), "#!/bin/sh\nexit 0\n");
    writeFileSync(join(d, "bin", "ldd"), `#!/bin/sh\n[ -f ${d}/libxenlight.so.4.17 ] && echo "\tlibxenlight.so.4.17 => ${d}/libxenlight.so.4.17 (0x0000ffff)"\nexit 0\n`);
    chmodSync(join(d, "bin", "xl"), 0o755);
    chmodSync(join(d, "bin", "ldd"), 0o755);
    const hostPart = () => parseProbe(execFileSync("/bin/sh", ["-c", probeScript({ host: true, paths: [], dirs: [], kernels: [] })],
      { encoding: "utf8", env: { ...process.env, PATH: `${join(d, "bin")}:${process.env.PATH}` } })).side!;
    const qemu = join(d, "libexec", "xen-qemu-system-i386");
    const lib = (path: string) => writeFileSync(join(d, "libxenlight.so.4.17"),
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), Buffer.from(`/var/lib/xen/qemu-save.\0${path}\0qemu-xen\0`), Buffer.alloc(64)]));
    lib(qemu);
    expect(hostPart().deviceModel).toEqual({ path: qemu, info: { kind: "absent" } });
    mkdirSync(join(d, "libexec"));
    writeFileSync(qemu, "");
    chmodSync(qemu, 0o755);
    expect(hostPart().deviceModel).toEqual({ path: qemu, info: { kind: "file", exec: true } });
    // No such path in the library, or no library: dom0 cannot tell.
    lib("");
    expect(hostPart().deviceModel).toBeNull();
    rmSync(join(d, "libxenlight.so.4.17"));
    expect(hostPart().deviceModel).toBeNull();
  });

  it("the markers carry this run's nonce: lines of another run's (or a fixed) form are not read", () => {
    expect(PROBE.entry).toMatch(/^@entry:[0-9a-f]{16}$/);
    const text = `@dir ${dir}\n@entry file x ghost\n`;
    expect(parseProbe(text).listed.size).toBe(0);
  });
});

describe("the host checks' answers (HostReads.inventory), the probe run by a real shell", () => {
  const remote = { read: async (_host: string, script: string) => ({ code: 0, stdout: execFileSync("/bin/sh", ["-c", script], { encoding: "utf8" }), stderr: "" }) };
  const reads = () => new HostReads({} as never, remote as never);

  it("a path first asked after its directory's listing came back is answered from it: a name the listing lacks is absent", async () => {
    const d = join(dir, "later");
    mkdirSync(d);
    writeFileSync(join(d, "vmlinuz"), "");
    const r = reads();
    // One guest's check lists the directory; another guest's, planned a moment later, asks for a name that is not there.
    expect((await r.inventory("h1", { paths: [join(d, "vmlinuz")], kernels: [] })).paths.get(join(d, "vmlinuz"))).toEqual({ kind: "file" });
    const later = await r.inventory("h1", { paths: [join(d, "no-such-kernel"), join(d, "vmlinuz")], kernels: [] });
    expect(Object.fromEntries(later.paths)).toEqual({ [join(d, "no-such-kernel")]: { kind: "absent" }, [join(d, "vmlinuz")]: { kind: "file" } });
  });

  it("a reply that answers nothing for a path is an error naming the host and the path, never a pass", async () => {
    const r = new HostReads({} as never, { read: async (_h: string, script: string) => {
      const out = execFileSync("/bin/sh", ["-c", script], { encoding: "utf8" });
      return { code: 0, stdout: out.split("\n").filter((l) => !l.startsWith(PROBE.path) && !l.startsWith(PROBE.dir)).join("\n"), stderr: "" };
    } } as never);
    await expect(r.inventory("h1", { paths: [join(dir, "img", "root.raw")], kernels: [] })).rejects.toThrow(`host "h1": the host checks returned nothing for ${join(dir, "img", "root.raw")}`);
  });
});
