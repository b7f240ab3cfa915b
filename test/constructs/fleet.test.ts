// ArmGuestFleet's naming and spreading rules, and how XenHost feeds the provider.
import { describe, expect, it } from "vitest";
import { TerraformOutput, TerraformStack, Testing } from "cdktf";
import { ArmGuestFleet, XenHost, provider as xenProvider } from "../../src/constructs";
import { ARM64_417, errors, stackWith } from "./helpers";

const template = { memoryMib: 128, kernel: "/var/lib/xen-guests/vmlinuz", cmdline: "console=hvc0" };

const resources = (stack: TerraformStack) => Object.values(JSON.parse(Testing.synth(stack)).resource?.xen_domain ?? {}) as any[];

describe("ArmGuestFleet naming: <namePrefix>-<n>, n from 0", () => {
  it.each([
    { count: 3, namePrefix: "web", names: ["web-0", "web-1", "web-2"] },
    { count: 1, namePrefix: "cdk-db", names: ["cdk-db-0"] },
    { count: 0, namePrefix: "none", names: [] },
    { count: 2, namePrefix: undefined, names: ["fleet-0", "fleet-1"] }, // default: the construct id
  ])("count $count, prefix $namePrefix", ({ count, namePrefix, names }) => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    const fleet = new ArmGuestFleet(stack, "fleet", { hosts, count, namePrefix, ...template });
    expect(fleet.guestNames).toEqual(names);
    expect(resources(stack).map((r) => r.name)).toEqual(names);
  });

  it("refuses a count that is not a whole number", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    expect(() => new ArmGuestFleet(stack, "f", { hosts, count: 1.5, ...template })).toThrow(/count must be a whole number/);
  });
});

describe("ArmGuestFleet spreading: round-robin, guest n on hosts[n % hosts.length]", () => {
  it.each([
    { hosts: 1, count: 3, placed: ["h0", "h0", "h0"] },
    { hosts: 2, count: 5, placed: ["h0", "h1", "h0", "h1", "h0"] },
    { hosts: 3, count: 4, placed: ["h0", "h1", "h2", "h0"] },
    { hosts: 4, count: 2, placed: ["h0", "h1"] },
  ])("$count guests over $hosts hosts", ({ hosts: n, count, placed }) => {
    const { stack, hosts } = stackWith(...Array.from({ length: n }, (_, i) => [`h${i}`, ARM64_417] as [string, typeof ARM64_417]));
    const fleet = new ArmGuestFleet(stack, "f", { hosts, count, ...template });
    expect(fleet.guestNames.map((_, i) => fleet.hostOf(i).name)).toEqual(placed);
    expect(resources(stack).map((r) => r.host)).toEqual(placed);
    for (const h of hosts) {
      expect(fleet.guestsOn(h).map((g) => g.nameInput)).toEqual(fleet.guestNames.filter((_, i) => placed[i] === h.name));
    }
  });

  it("growing the fleet never moves an existing guest", () => {
    const place = (count: number) => {
      const { stack, hosts } = stackWith(["a", ARM64_417], ["b", ARM64_417], ["c", ARM64_417]);
      const f = new ArmGuestFleet(stack, "f", { hosts, count, ...template });
      return f.guestNames.map((name, i) => `${name}@${f.hostOf(i).name}`);
    };
    expect(place(7).slice(0, 4)).toEqual(place(4));
  });

  it("needs at least one host", () => {
    const { stack } = stackWith();
    new ArmGuestFleet(stack, "f", { hosts: [], count: 2, ...template });
    expect(errors(stack)).toEqual(["[test/f] hosts: an ArmGuestFleet needs at least one host."]);
  });
});

describe("ArmGuestFleet template", () => {
  it("writes no type (Arm guests run as PVH) and shares kernel, ramdisk, cmdline", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    const fleet = new ArmGuestFleet(stack, "f", {
      hosts, count: 2, memoryMib: 256, vcpus: 2, kernel: "/k", ramdisk: "/r", cmdline: "console=hvc0", shutdownTimeout: 5,
    });
    expect(fleet.effectiveType).toBe("pvh");
    for (const r of resources(stack)) {
      expect(r).not.toHaveProperty("type");
      expect(r).toMatchObject({ host: "arm1", kernel: "/k", ramdisk: "/r", cmdline: "console=hvc0", memory: 256, vcpus: 2, shutdown_timeout: 5 });
    }
  });
});

describe("XenHost", () => {
  it("contributes one host block per host, in declaration order, to the stack's one XenProvider", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    new XenHost(stack, "arm1", { address: "192.0.2.10", hostKey: "ssh-ed25519 AAAA", facts: ARM64_417 });
    new XenHost(stack, "arm2", { name: "arm-two", address: "192.0.2.11", port: 2222, knownHostsFile: "~/.ssh/known_hosts" });
    const json = JSON.parse(Testing.synth(stack));
    expect(json.provider.xen).toEqual([{
      host: [
        { name: "arm1", address: "192.0.2.10", host_key: "ssh-ed25519 AAAA",
          facts: { arch: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l" } },
        { name: "arm-two", address: "192.0.2.11", port: 2222, known_hosts_file: "~/.ssh/known_hosts" },
      ],
    }]);
  });

  it("joins a XenProvider declared by hand, keeping its host blocks, and guests use its alias", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    const p = new xenProvider.XenProvider(stack, "lab", { alias: "lab", host: [{ name: "old", address: "192.0.2.1", hostKey: "k" }] });
    const h = new XenHost(stack, "arm1", { provider: p, facts: ARM64_417 });
    new ArmGuestFleet(stack, "f", { hosts: [h], count: 1, ...template });
    const json = JSON.parse(Testing.synth(stack));
    expect(json.provider.xen[0].host.map((b: any) => b.name)).toEqual(["old", "arm1"]);
    expect(resources(stack)[0].provider).toBe("xen.lab");
  });

  it("asks which provider when the stack has several", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    new xenProvider.XenProvider(stack, "a", { alias: "a" });
    new xenProvider.XenProvider(stack, "b", { alias: "b" });
    expect(() => new XenHost(stack, "arm1", { facts: ARM64_417 })).toThrow(/pass the one this host belongs to as `provider`/);
  });

  it("a host with neither address nor facts cannot be planned", () => {
    const { stack } = stackWith(["arm1", undefined]);
    expect(errors(stack)).toEqual(["[test/arm1] XenHost arm1 has neither address nor facts: declare facts for a plan-only host, or an address to reach it."]);
  });

  it("lookupFacts() reads the live host through the xen_host data source, once", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    expect(hosts[0].lookupFacts()).toBe(hosts[0].lookupFacts());
    expect(Testing.toHaveDataSourceWithProperties(Testing.synth(stack), "xen_host", { name: "arm1" })).toBe(true);
  });
});

describe("ArmGuestFleet devices: disks and vifs per guest, checked at synth by the model", () => {
  it("every guest gets the disks (with {name} and {index} filled in) and vifs, with fixed MACs under macPrefix", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    new ArmGuestFleet(stack, "web", {
      hosts, count: 2, ...template,
      disks: [{ vdev: "xvda", target: "/srv/xen/{name}.raw" }, { vdev: "xvdb", target: "/srv/xen/shared.iso", access: "ro" }],
      vifs: [{ bridge: "xenbr0" }, { bridge: "xenbr1", rate: "10Mb/s" }],
      macPrefix: "00:16:3e",
    });
    const r = resources(stack);
    expect(r.map((g) => g.disk.map((d: any) => d.target))).toEqual([["/srv/xen/web-0.raw", "/srv/xen/shared.iso"], ["/srv/xen/web-1.raw", "/srv/xen/shared.iso"]]);
    expect(r[1].disk[1]).toEqual({ vdev: "xvdb", target: "/srv/xen/shared.iso", access: "ro" });
    expect(r.map((g) => g.vif.map((v: any) => v.mac))).toEqual([["00:16:3e:00:00:00", "00:16:3e:00:00:01"], ["00:16:3e:00:00:02", "00:16:3e:00:00:03"]]);
    expect(r[0].vif[1]).toMatchObject({ bridge: "xenbr1", rate: "10Mb/s" });
    expect(errors(stack)).toEqual([]);
  });

  it("the model's device errors fail synth, naming the prop and the guest", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    new ArmGuestFleet(stack, "db", { hosts, count: 1, ...template, disks: [{ vdev: "xvda", target: "/a" }, { vdev: "xvda", target: "/b" }], vifs: [{ type: "ioemu" }] });
    const e = errors(stack);
    expect(e).toHaveLength(2);
    expect(e[0]).toMatch(/disks.*disk\.vdev "xvda" is already disk\[0\]'s.*db-0/);
    expect(e[1]).toMatch(/vifs.*cannot have an emulated interface/);
  });

  it("a macPrefix must be three unicast octets, and needs vifs", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    new ArmGuestFleet(stack, "a", { hosts, count: 1, ...template, macPrefix: "01:00:5e", vifs: [{}] });
    new ArmGuestFleet(stack, "b", { hosts, count: 1, ...template, macPrefix: "00:16", vifs: [{}] });
    new ArmGuestFleet(stack, "c", { hosts, count: 1, ...template, macPrefix: "00:16:3e" });
    expect(errors(stack)).toEqual([
      '[test/a] macPrefix: "01:00:5e" is a multicast prefix; interfaces need unicast addresses.',
      '[test/b] macPrefix: "00:16" is not 3 octets of a MAC address (like "00:16:3e").',
      "[test/c] macPrefix: the guests have no vifs to give MACs to.",
    ]);
  });
});

describe("ArmGuestFleet bootVolume: a xen_volume per guest, its first disk", () => {
  it("makes <guest>.raw in poolDir from the base image, and the guest depends on it", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    const fleet = new ArmGuestFleet(stack, "web", { hosts, count: 2, ...template, bootVolume: { poolDir: "/var/lib/xen/images", source: "/var/lib/xen/images/base.raw", sizeMib: 2048 } });
    const json = JSON.parse(Testing.synth(stack));
    const vols = Object.values(json.resource.xen_volume) as any[];
    expect(vols.map((v) => [v.name, v.pool_dir, v.size, v.source])).toEqual([
      ["web-0.raw", "/var/lib/xen/images", 2048, "/var/lib/xen/images/base.raw"], ["web-1.raw", "/var/lib/xen/images", 2048, "/var/lib/xen/images/base.raw"]]);
    const guests = resources(stack);
    expect(guests[1].disk[0]).toEqual({ vdev: "xvda", target: "/var/lib/xen/images/web-1.raw" });
    expect(guests[1].depends_on).toEqual([expect.stringMatching(/^xen_volume\./)]);
    expect(fleet.volumes).toHaveLength(2);
    expect(errors(stack)).toEqual([]);
  });
  it("a bad volume fails synth", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    new ArmGuestFleet(stack, "web", { hosts, count: 1, ...template, bootVolume: { poolDir: "images", sizeMib: 0 } });
    expect(errors(stack)).toEqual([
      expect.stringMatching(/bootVolume: pool_dir must be an absolute path/),
      expect.stringMatching(/bootVolume: size must be a whole number of MiB, at least 1/),
    ]);
  });
});

describe("ArmGuestFleet uploads and cloudInit: files once per host, a seed per guest", () => {
  const uploads = { directory: "/var/lib/xen/fleet", kernel: "images/vmlinuz.xz", ramdisk: "images/initrd.img", image: "images/base.raw.zst" };
  it("uploads kernel, initrd and image once per host; guests boot them, volumes start from the image; each guest's seed names it", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417], ["arm2", ARM64_417]);
    const { kernel: _k, ...noKernel } = template;
    const fleet = new ArmGuestFleet(stack, "web", {
      hosts, count: 3, ...noKernel, uploads, bootVolume: { poolDir: "/var/lib/xen/images" },
      cloudInit: { userData: "#cloud-config\nhostname: {name}\n", metaData: "local-hostname: {name}.example\n" },
    });
    const json = JSON.parse(Testing.synth(stack));
    const files = Object.values(json.resource.xen_file) as any[];
    expect(files.map((f) => [f.host, f.source, f.name, f.unpack, f.directory]).sort((a, b) => a.join().localeCompare(b.join()))).toEqual([
      ["arm1", "images/base.raw.zst", "base.raw", "true", "/var/lib/xen/fleet"],
      ["arm1", "images/initrd.img", "initrd.img", "false", "/var/lib/xen/fleet"],
      ["arm1", "images/vmlinuz.xz", "vmlinuz", "true", "/var/lib/xen/fleet"],
      ["arm2", "images/base.raw.zst", "base.raw", "true", "/var/lib/xen/fleet"],
      ["arm2", "images/initrd.img", "initrd.img", "false", "/var/lib/xen/fleet"],
      ["arm2", "images/vmlinuz.xz", "vmlinuz", "true", "/var/lib/xen/fleet"],
    ]);
    expect(fleet.files).toHaveLength(6);
    const guests = resources(stack);
    expect(guests.map((g) => [g.host, g.kernel, g.ramdisk])).toEqual([
      ["arm1", "/var/lib/xen/fleet/vmlinuz", "/var/lib/xen/fleet/initrd.img"],
      ["arm2", "/var/lib/xen/fleet/vmlinuz", "/var/lib/xen/fleet/initrd.img"],
      ["arm1", "/var/lib/xen/fleet/vmlinuz", "/var/lib/xen/fleet/initrd.img"],
    ]);
    expect(guests[2].cloud_init).toEqual({ user_data: "#cloud-config\nhostname: web-2\n", meta_data: "local-hostname: web-2.example\n" });
    // The guest on arm2 waits for its volume and arm2's kernel and initrd, not arm1's.
    expect(guests[1].depends_on).toEqual([expect.stringMatching(/^xen_volume\.web_web-1-volume/), expect.stringMatching(/^xen_file\.web_arm2-kernel/), expect.stringMatching(/^xen_file\.web_arm2-ramdisk/)]);
    const vols = Object.values(json.resource.xen_volume) as any[];
    expect(vols.map((v) => [v.host, v.source])).toEqual([["arm1", "/var/lib/xen/fleet/base.raw"], ["arm2", "/var/lib/xen/fleet/base.raw"], ["arm1", "/var/lib/xen/fleet/base.raw"]]);
    expect(vols[1].depends_on).toEqual([expect.stringMatching(/^xen_file\..*arm2-image/)]);
    expect(errors(stack)).toEqual([]);
  });

  it("refuses an upload beside the prop it replaces, an image without a bootVolume, a relative directory", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    new ArmGuestFleet(stack, "web", { hosts, count: 1, ...template, uploads: { ...uploads, directory: "fleet" } });
    expect(errors(stack)).toEqual([
      expect.stringMatching(/uploads\.directory: must be an absolute path/),
      expect.stringMatching(/uploads\.kernel: the guests boot either the uploaded kernel or `kernel`/),
      expect.stringMatching(/uploads\.image: the image is what each guest's bootVolume starts as/),
    ]);
  });
});

describe("ArmGuestFleet addresses", () => {
  it("a vif's waitForIp reaches every guest's interface; the addresses are tokens of each guest's vif", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    const fleet = new ArmGuestFleet(stack, "web", { hosts, count: 2, ...template, vifs: [{ bridge: "xenbr0", waitForIp: { timeout: "2m", source: "neighbour" } }, { bridge: "xenbr1" }] });
    new TerraformOutput(stack, "first", { value: fleet.ipv4AddressesOf(1) });
    new TerraformOutput(stack, "second6", { value: fleet.ipv6AddressesOf(0, 1) });
    const json = JSON.parse(Testing.synth(stack));
    const guests = resources(stack);
    expect(guests[1].vif).toEqual([{ bridge: "xenbr0", wait_for_ip: { timeout: "2m", source: "neighbour" } }, { bridge: "xenbr1" }]);
    const id = Object.keys(json.resource.xen_domain)[1];
    expect(json.output.first.value).toBe(`\${xen_domain.${id}.vif[0].ipv4_addresses}`);
    expect(json.output.second6.value).toBe(`\${xen_domain.${Object.keys(json.resource.xen_domain)[0]}.vif[1].ipv6_addresses}`);
    expect(() => fleet.ipv4AddressesOf(2)).toThrow(/has no guest 2/);
    expect(errors(stack)).toEqual([]);
  });
});
