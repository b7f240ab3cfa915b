// END-TO-END on real Xen (the emulated Arm 4.17 host): each vif's addresses from both sources.
// Two guests on dom0's xenbr0 (10.99.0.1/24), each pinging dom0 from the address on its kernel
// command line (testhost/files/guest-rc):
// - "agent": its initramfs has, on top, an /etc/rc that then publishes the address where Xen
//   documents an agent does (attr/vif/0/ipv4/0), writing XS_WRITE to /dev/xen/xenbus in the wire
//   format of xen/include/public/io/xs_wire.h (XS_WRITE is 11, :14-26; struct xsd_sockmsg, :82-88,
//   @RELEASE-4.17.0) (a test-side overlay: a gzip'd cpio archive
//   appended to the host's guest initramfs, which Linux unpacks after it — the host's build, and
//   so every host's cache, is untouched); wait_for_ip { source = "agent" }.
// - "plain": the host's own initramfs, no agent; wait_for_ip { source = "neighbour" }: dom0's
//   neighbour table (busybox's `ip neigh`) learnt the address from the guest's ping.
// Both addresses then reach a terraform_data, and a refresh plans nothing.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, ensureBuilt, ROOT, Workspace } from "../engine/engine";
import { bootHost, destroyGuests, freshGuests, onHost, realProvider, type RealHost } from "./real-host";

const HOST = process.env.CDKTF_XEN_E2E_ADDRESSES ?? "arm64-4.17";
const AGENT_INITRD = "/var/lib/xen-guests/initrd-agent.img";

/**
 * The agent's part of the overlay's /etc/rc, run after the host's guest-rc (which set $b and
 * $gip): one XS_WRITE (type 11; header: type, req_id, tx_id, len as 32-bit little-endian words,
 * then "<path>\0<value>"; xs_wire.h) of the guest's address, relative to its own home
 * /local/domain/<domid>, then the reply's word (OK) on the console.
 */
const AGENT = String.raw`
# --- test overlay: an agent that publishes eth0's address where Xen documents it
xs_write() {
  n=$(( ${"$"}{#1} + 1 + ${"$"}{#2} ))
  lo=$($b printf %03o $((n % 256))); hi=$($b printf %03o $((n / 256)))
  exec 3<>/dev/xen/xenbus
  $b printf "\\013\\000\\000\\000\\001\\000\\000\\000\\000\\000\\000\\000\\${"$"}{lo}\\${"$"}{hi}\\000\\000%s\\000%s" "$1" "$2" >&3
  r=$($b dd bs=64 count=1 <&3 2>/dev/null | $b tr -cd 'A-Z')
  exec 3>&-
  $b echo "XEN-GUEST-XS $1 $r"
}
if [ -n "$gip" ]; then xs_write attr/vif/0/ipv4/0 "${"$"}{gip%/*}"; fi
`;

/** The overlay: /etc/rc = the host's guest-rc + AGENT, as a gzip'd newc cpio archive. */
function overlay(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "xen-addr-overlay-"));
  try {
    mkdirSync(join(dir, "etc"));
    writeFileSync(join(dir, "etc", "rc"), readFileSync(join(ROOT, "testhost", "files", "guest-rc"), "utf8") + AGENT, { mode: 0o755 });
    const cpio = execFileSync("sh", ["-c", "find . -mindepth 1 | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet | gzip -n -9"], { cwd: dir });
    return cpio;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe(`addresses on ${HOST} (real Xen under QEMU) with ${engines()[0].name}`, () => {
  let h: RealHost;
  let ws: Workspace;

  const guest = (id: string, ip: string, ramdisk: string, source: string) => `
resource "xen_domain" "${id}" {
  host             = "xen1"
  name             = "e2e-addr-${id}"
  kernel           = "${h.guest_kernel}"
  ramdisk          = "${ramdisk}"
  cmdline          = "console=hvc0 rdinit=/init guest_ip=${ip}"
  memory           = 128
  shutdown_timeout = 0
  vif {
    bridge = "xenbr0"
    wait_for_ip {
      source  = "${source}"
      timeout = "5m"
    }
  }
}
`;
  const consoleOf = async (name: string) => (await onHost(h, `cat '/var/log/xen/console/guest-${name}.log' 2>/dev/null || true`)).stdout;

  beforeAll(async () => {
    ensureBuilt();
    h = bootHost(HOST);
    await freshGuests(h, "e2e-addr-");
    // Sent as base64 (the helper's stdin is text).
    const up = await onHost(h, `base64 -d > /tmp/agent-overlay.cpio.gz && cat ${h.guest_ramdisk} /tmp/agent-overlay.cpio.gz > ${AGENT_INITRD} && rm /tmp/agent-overlay.cpio.gz`,
      overlay().toString("base64"));
    expect(up.code, up.stderr).toBe(0);
    ws = new Workspace(engines()[0]);
  });
  afterAll(async () => {
    if (ws) await ws.run(["destroy", "-auto-approve"]);
    if (h) {
      await destroyGuests(h, "e2e-addr-");
      await onHost(h, `rm -f ${AGENT_INITRD}`);
    }
    ws?.remove();
  });

  it("waits for the agent's xenstore entry and for dom0's neighbour entry; both addresses reach another resource", async () => {
    ws.write("main.tf", realProvider(h) + guest("agent", "10.99.0.31", AGENT_INITRD, "agent") + guest("plain", "10.99.0.32", h.guest_ramdisk, "neighbour") + `
resource "terraform_data" "peers" {
  input = {
    agent = xen_domain.agent.vif[0].ipv4_addresses[0]
    plain = xen_domain.plain.vif[0].ipv4_addresses[0]
  }
}
output "peers" {
  value = terraform_data.peers.output
}
`);
    const a = await ws.apply();
    expect(a.code, a.stdout + a.stderr).toBe(0);
    const agent = ws.resource("xen_domain.agent"), plain = ws.resource("xen_domain.plain");
    expect(agent.vif[0]).toMatchObject({ ipv4_addresses: ["10.99.0.31"], ipv6_addresses: [], address_source: "agent" });
    expect(plain.vif[0]).toMatchObject({ ipv4_addresses: ["10.99.0.32"], address_source: "neighbour" });
    expect(JSON.parse((await ws.run(["output", "-json", "peers"])).stdout)).toEqual({ agent: "10.99.0.31", plain: "10.99.0.32" });
    // What the host itself says: the agent's entry under the guest's own domid, dom0's neighbour
    // entry for the plain guest's MAC on xenbr0, and each guest's console.
    expect((await onHost(h, `xenstore-read /local/domain/${agent.domid}/attr/vif/0/ipv4/0`)).stdout.trim()).toBe("10.99.0.31");
    expect((await onHost(h, "ip neigh show")).stdout).toMatch(new RegExp(`^10\\.99\\.0\\.32 dev xenbr0 lladdr ${plain.vif[0].mac} `, "m"));
    expect(await consoleOf("e2e-addr-agent")).toContain("XEN-GUEST-XS attr/vif/0/ipv4/0 OK");
    expect(await consoleOf("e2e-addr-plain")).toContain("XEN-GUEST-PING ok");
    // A refresh reads them again and plans nothing.
    const again = await ws.run(["plan", "-no-color", "-detailed-exitcode"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(ws.resource("xen_domain.agent").vif[0].ipv4_addresses).toEqual(["10.99.0.31"]);
  });
});
