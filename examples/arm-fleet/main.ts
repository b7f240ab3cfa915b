// A small Arm guest fleet on one Xen host, with cdktf-xen: the cdktf twin of
// examples/hcl/main.tf. With the emulated test host (testhost/testhost.sh up
// arm64-4.17), the host's address, keys, facts and guest image come from the
// host.json it prints.
//
//   XEN_HOST_JSON   host.json to read  (default /tmp/cdktf-xen-testhost/arm64-4.17/host.json)
//   XEN_PREFIX      guest name prefix  (default "cdk")
//   XEN_COUNT       number of guests   (default 2)
//   XEN_TYPE        type to write for the fleet: unset (the Arm default, PVH), pv, pvh, hvm
//   XEN_UPLOAD=0    boot the kernel already on the host instead of uploading host.json's
//                   guest_kernel_local once to /var/lib/xen-guests/<XEN_PREFIX>
import { readFileSync } from "node:fs";
import { App, Fn, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { ArmGuestFleet, GuestType, XenArch, XenHost } from "cdktf-xen";

interface HostJson {
  address: string;
  port: number;
  user: string;
  private_key_file: string;
  host_key: string;
  guest_kernel: string;
  guest_kernel_local?: string;
  guest_ramdisk: string;
  arch: string;
  xen_version: string;
}

class ArmFleetStack extends TerraformStack {
  constructor(scope: Construct, id: string, h: HostJson, prefix: string, count: number, type?: GuestType) {
    super(scope, id);
    const upload = process.env.XEN_UPLOAD !== "0" && h.guest_kernel_local !== undefined;

    // Declared once: how to reach the host, and its facts (xl info), which let
    // synth run the plan's checks and the plan run without SSH.
    const arm1 = new XenHost(this, "arm1", {
      address: h.address,
      port: h.port,
      user: h.user,
      privateKey: Fn.file(h.private_key_file), // read by the engine; never in cdk.tf.json
      hostKey: h.host_key,
      facts: {
        arch: h.arch as XenArch,
        xenVersion: h.xen_version,
        // host.json has no xen_caps; this is what every arm64 test host reports.
        xenCaps: process.env.XEN_CAPS ?? "xen-3.0-aarch64 xen-3.0-armv7l",
      },
    });

    // No type written: on Arm (Xen 4.12+) the guests run as PVH.
    const web = new ArmGuestFleet(this, "web", {
      hosts: [arm1],
      count,
      namePrefix: `${prefix}-web`,
      type,
      // The kernel from this machine, placed on the host once (a xen_file) and booted by every
      // guest there; the initrd is the one the test host carries.
      ...(upload ? { uploads: { directory: `/var/lib/xen-guests/${prefix}`, kernel: h.guest_kernel_local } } : { kernel: h.guest_kernel }),
      ramdisk: h.guest_ramdisk,
      // Each guest's first-boot configuration: a cloud-init NoCloud seed, attached read-only.
      cloudInit: { userData: "#cloud-config\nhostname: {name}\n" },
      // The test guest's init takes its address from guest_ip= and pings dom0 (10.99.0.1 on
      // xenbr0): guest n is 10.99.0.1<n>, found in dom0's neighbour table. Apply waits for it.
      cmdline: "console=hvc0 rdinit=/init guest_ip=10.99.0.1{index}",
      vifs: [{ bridge: "xenbr0", waitForIp: { source: "neighbour", timeout: "5m" } }],
      memoryMib: 128,
      shutdownTimeout: 5,
    });

    new TerraformOutput(this, "host", {
      value: {
        arch: arm1.lookupFacts().arch,
        xen_version: arm1.lookupFacts().xenVersion,
        supported_types: arm1.lookupFacts().supportedTypes,
      },
    });
    new TerraformOutput(this, "guests", {
      value: Object.fromEntries(web.guests.map((g, i) => [web.guestNames[i], {
        host: web.hostOf(i).name,
        effective_type: g.effectiveType,
        domid: g.domid,
        ipv4_addresses: web.ipv4AddressesOf(i),
      }])),
    });
  }
}

const hostJson = process.env.XEN_HOST_JSON ?? "/tmp/cdktf-xen-testhost/arm64-4.17/host.json";
const h: HostJson = JSON.parse(readFileSync(hostJson, "utf8"));
const app = new App();
new ArmFleetStack(app, "arm-fleet", h,
  process.env.XEN_PREFIX ?? "cdk",
  Number(process.env.XEN_COUNT ?? 2),
  (process.env.XEN_TYPE || undefined) as GuestType | undefined);
app.synth();
