import { defineConfig } from "vitest/config";

// Two queues that run side by side, each one file at a time (engine and host tests start
// processes of their own and must not overlap within a queue):
// - "hosts": the tests on real Xen hosts under QEMU, and the construct tests, which share
//   the jsii build (build/, lib/) and the testhost's guests with them. QEMU's emulated
//   CPUs mostly wait on one core, so the other core serves
// - "local": everything else (model, protocol, SSH, engine lifecycle, faults, reports).
const HOSTS = ["test/e2e/**/*.test.ts", "test/constructs/**/*.test.ts"];
const queue = { testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false };

export default defineConfig({
  test: {
    reporters: ["default"],
    projects: [
      { test: { name: "hosts", include: HOSTS, ...queue } },
      { test: { name: "local", include: ["test/**/*.test.ts"], exclude: HOSTS, ...queue } },
    ],
  },
});
