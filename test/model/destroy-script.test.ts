// The destroy script of xen_domain, run by the local /bin/sh with stand-in `xl` and
// `xenstore-read` on PATH that play a guest tearing itself down while xl destroy runs (seen
// on the emulated Arm host: a guest with a seed disk had powered off on `xl shutdown`, and
// `xl destroy` failed with "unable to get domain type" and the block script's error).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { destroyOwnGuest, EXIT } from "../../src/resources/host-scripts";

const UUID = "0b0a6c36-4f1e-4d0e-9a44-6b8f0c1e2d3f";
const work = mkdtempSync(join(tmpdir(), "xen-destroy-script-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A host where domain 7 is ours while `$STATE/alive` exists. `xl destroy` fails (and logs)
 * `fails` times; a failure starts the guest's own teardown, which ends `goneAfter` seconds later
 * (-1: it never does).
 */
function host(name: string, fails: number, goneAfter: number) {
  const dir = join(work, name), bin = join(dir, "bin");
  spawnSync("mkdir", ["-p", bin]);
  writeFileSync(join(dir, "alive"), "");
  writeFileSync(join(bin, "xenstore-read"), `#!/bin/sh\n[ "$1" = /local/domain/7/vm ] && [ -e "${dir}/alive" ] && echo /vm/${UUID}\n`);
  writeFileSync(join(bin, "xl"), `#!/bin/sh
case "$1" in
  domname) [ -e "${dir}/alive" ] ;;
  destroy)
    echo "destroy $2" >> "${dir}/log"
    n=$(grep -c destroy "${dir}/log")
    if [ "$n" -le ${fails} ]; then
      [ ${goneAfter} -ge 0 ] && ( sleep ${goneAfter}; rm -f "${dir}/alive" ) &
      echo "libxl: error: libxl_dom.c:37:libxl__domain_type: unable to get domain type for domid=7" >&2; exit 1
    fi
    rm -f "${dir}/alive" ;;
esac
`);
  chmodSync(join(bin, "xl"), 0o755);
  chmodSync(join(bin, "xenstore-read"), 0o755);
  const run = () => spawnSync("sh", ["-c", destroyOwnGuest(7, UUID)], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, encoding: "utf8", timeout: 60_000 });
  const destroys = () => (existsSync(join(dir, "log")) ? readFileSync(join(dir, "log"), "utf8").trim().split("\n").length : 0);
  return { run, destroys, alive: () => existsSync(join(dir, "alive")) };
}

describe("xen_domain's destroy script", () => {
  it("a guest that goes while xl destroy fails is destroyed, as asked: no second xl destroy", () => {
    const now = host("now", 1, 0), later = host("later", 1, 2);
    for (const h of [now, later]) {
      const r = h.run();
      expect(r.status, r.stderr).toBe(EXIT.notOurs);
      expect(r.stderr).toMatch(/domain 7 is gone/);
      expect(h.destroys()).toBe(1);
      expect(h.alive()).toBe(false);
    }
  });

  it("a first xl destroy that succeeds is the only one", () => {
    const once = host("once", 0, -1);
    expect(once.run().status).toBe(0);
    expect(once.destroys()).toBe(1);
  });

  it("a domain that is not ours is never destroyed", () => {
    const other = host("other", 0, -1);
    const r = spawnSync("sh", ["-c", destroyOwnGuest(7, "ffffffff-4f1e-4d0e-9a44-6b8f0c1e2d3f")],
      { env: { ...process.env, PATH: `${join(work, "other", "bin")}:${process.env.PATH}` }, encoding: "utf8" });
    expect(r.status).toBe(EXIT.notOurs);
    expect(other.destroys()).toBe(0);
  });
});
