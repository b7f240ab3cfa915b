// Shared helpers of the construct tests: stacks with declared hosts, their
// annotations, and running the example app and the cdktf CLI.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { XenArch, XenHost, type XenHostFacts } from "../../src/constructs";

export const ROOT = resolve(__dirname, "../..");
export const EXAMPLE = join(ROOT, "examples/arm-fleet");
export const BIN = (name: string) => join(ROOT, "node_modules/.bin", name);

export const ENV = {
  CHECKPOINT_DISABLE: "1",
  CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1",
  DISABLE_VERSION_CHECK: "1",
  JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: "20",
  CI: "true",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
};

/** Facts of the emulated Arm64 test host (xl info on Debian 12's Xen). */
export const ARM64_417: XenHostFacts = { arch: XenArch.AARCH64, xenVersion: "4.17.7", xenCaps: "xen-3.0-aarch64 xen-3.0-armv7l" };
export const X86_417: XenHostFacts = { arch: XenArch.X86_64, xenVersion: "4.17.3", xenCaps: "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_64" };

export function stackWith(...hosts: [string, XenHostFacts | undefined][]): { app: App; stack: TerraformStack; hosts: XenHost[] } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  return { app, stack, hosts: hosts.map(([name, facts]) => new XenHost(stack, name, { facts })) };
}

export interface Note {
  level: "info" | "warn" | "error";
  path: string;
  message: string;
}

/** The annotations of every construct of a stack. */
export function notes(stack: TerraformStack): Note[] {
  return stack.node.findAll().flatMap((c) => c.node.metadata
    .filter((m) => typeof m.type === "string" && m.type.startsWith("@cdktf/"))
    .map((m) => ({ level: m.type.replace("@cdktf/", "") as Note["level"], path: c.node.path, message: String(m.data) })));
}

/** The validation errors of a stack (what synth would fail with), or []. */
export function errors(stack: TerraformStack): string[] {
  try {
    stack.runAllValidations();
    return [];
  } catch (e) {
    return String((e as Error).message).split("\n").map((l) => l.trim()).filter((l) => l.startsWith("["));
  }
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export function run(cmd: string, args: string[], opts: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<Run> {
  const t = Date.now();
  return new Promise((done) => {
    execFile(cmd, args, {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, ...ENV, ...opts.env },
      maxBuffer: 64 << 20,
      timeout: opts.timeoutMs ?? 300_000,
    }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as any).code === "number" ? (err as any).code : 1) : 0;
      done({ code, stdout, stderr, ms: Date.now() - t });
    });
  });
}

/** Strip terminal colours. */
export const plain = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");

/** A host.json as testhost.sh prints it, with stable values, in a fresh directory. */
export function fakeHostJson(): string {
  const dir = mkdtempSync(join(tmpdir(), "cdk-hostjson-"));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "host.json");
  writeFileSync(file, JSON.stringify({
    name: "arm64-4.17", address: "127.0.0.1", port: 2222, user: "root",
    private_key_file: "/keys/id_ed25519",
    host_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKWcLVfJi+QsJdMrKLTwDtrrQDMKWYZrMitqp9hLf+HG",
    arch: "aarch64", xen_version: "4.17.7",
    guest_kernel_local: "/images/vmlinuz", guest_kernel: "/var/lib/xen-guests/vmlinuz", guest_ramdisk: "/var/lib/xen-guests/initrd.img",
  }));
  return file;
}
