// The constructs' side of the attribute rows (src/xen/attributes.ts): the generated
// guest props and enums (src/constructs/guest-props.ts) are current and agree with the
// rows; every template prop lands on its xen_domain attribute at synth; XenHost covers
// every setting of the provider's host block; and model warnings carry stable ids that
// can be acknowledged. Synth only: no engine, no host.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TerraformStack, Testing } from "cdktf";
import { DOMAIN_ATTRIBUTES, GUEST_TYPES, LIFECYCLE_ACTIONS, templatePropOf, type DomainAttribute } from "../../src/xen";
import { ArmGuestFleet, GuestAction, GuestType, XenAnnotations, XenHost, type ArmGuestFleetProps } from "../../src/constructs";
import { ARM64_417, ROOT, notes, stackWith } from "./helpers";
// @ts-ignore: a plain ES module script, without type declarations
import * as gen from "../../scripts/gen-constructs.mjs";

const TEMPLATE = (DOMAIN_ATTRIBUTES as readonly DomainAttribute[]).filter((a) => a.template);
const template = { memoryMib: 128, kernel: "/var/lib/xen-guests/vmlinuz" };
const synthJson = (stack: TerraformStack) => JSON.parse(Testing.synth(stack));

describe("the generated guest props", () => {
  it("are current: a fresh generation from the rows equals src/constructs/guest-props.ts", async () => {
    const fresh: string = gen.render(await gen.loadRows());
    expect(readFileSync(join(ROOT, "src/constructs/guest-props.ts"), "utf8"), "run npm run gen:bindings").toBe(fresh);
  });

  it("GuestType and GuestAction are the rows' values", () => {
    expect(Object.values(GuestType)).toEqual([...GUEST_TYPES]);
    expect(Object.values(GuestAction)).toEqual([...LIFECYCLE_ACTIONS]);
  });

  it("each template row is a prop that reaches its xen_domain attribute", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    const sample = (a: DomainAttribute): unknown => a.values?.[0] ?? (a.type === "number" ? 7 : a.type === "string-map" ? { vif: "bridge=xenbr0" } : `/${a.name}`);
    const props = Object.fromEntries(TEMPLATE.map((a) => [templatePropOf(a)!, sample(a)]));
    new ArmGuestFleet(stack, "f", { hosts, count: 1, ...(props as unknown as typeof template) } as ArmGuestFleetProps);
    const r = Object.values(synthJson(stack).resource.xen_domain)[0] as Record<string, unknown>;
    for (const a of TEMPLATE) expect(r[a.name], `${templatePropOf(a)} → ${a.name}`).toEqual(sample(a));
  });
});

describe("XenHost covers the provider's host block", () => {
  const schema = JSON.parse(readFileSync(join(ROOT, "src/constructs/xen/schema.json"), "utf8"));
  const hostBlock = (Object.values(schema.provider_schemas)[0] as any).provider.block.block_types.host.block;
  const names = (b: any) => [...Object.keys(b.attributes ?? {}), ...Object.keys(b.block_types ?? {})].sort();

  it("every attribute and block, jump_host's included", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new XenHost(stack, "arm1", {
      address: "192.0.2.10", port: 2222, user: "xen", privateKey: "k", privateKeyPassphrase: "p", password: "pw", agent: true,
      hostKey: "ssh-ed25519 AAAA", knownHostsFile: "/kh", insecureIgnoreHostKey: false, configDir: "/etc/xen/x", commandTimeout: 60,
      jumpHost: {
        address: "192.0.2.1", port: 22, user: "jump", privateKey: "jk", privateKeyPassphrase: "jp", password: "jpw", agent: false,
        hostKey: "ssh-ed25519 BBBB", knownHostsFile: "/jkh", insecureIgnoreHostKey: false,
      },
      allow: { programs: ["/etc/xen/scripts/vif-audited"], deviceModelKeys: false, volumeSources: ["/var/lib/xen-images"] },
      facts: { ...ARM64_417, virtCaps: "hvm", gicVersion: "v3" },
    });
    const block = synthJson(stack).provider.xen[0].host[0];
    expect(Object.keys(block).sort()).toEqual(names(hostBlock));
    expect(Object.keys(block.jump_host).sort()).toEqual(names(hostBlock.block_types.jump_host.block));
    expect(Object.keys(block.facts).sort()).toEqual(names(hostBlock.block_types.facts.block));
    expect(Object.keys(block.allow).sort()).toEqual(names(hostBlock.block_types.allow.block));
    expect(block).toMatchObject({ command_timeout: 60, jump_host: { address: "192.0.2.1", user: "jump", host_key: "ssh-ed25519 BBBB" } });
  });
});

describe("model warnings carry stable ids (XenAnnotations)", () => {
  const pv = { ...template, count: 1, namePrefix: "g", type: GuestType.PV };
  const warnings = (stack: TerraformStack) => notes(stack).filter((n) => n.level === "warn").map((n) => n.message);

  it("an Arm pv guest's warning names its id", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    new ArmGuestFleet(stack, "f", { hosts, ...pv });
    expect(warnings(stack)).toEqual([expect.stringMatching(/^type: This Arm guest will run as PVH, not PV \(.*\[ack: cdktf-xen:armPvRunsAsPvh\]$/s)]);
  });

  it("acknowledged on a scope above before the fleet: never added", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    XenAnnotations.of(stack).acknowledgeWarning("cdktf-xen:armPvRunsAsPvh", "our images are PV kernels");
    new ArmGuestFleet(stack, "f", { hosts, ...pv });
    expect(warnings(stack)).toEqual([]);
  });

  it("acknowledged on the fleet after: removed; other ids stay", () => {
    const { stack, hosts } = stackWith(["arm1", ARM64_417]);
    const fleet = new ArmGuestFleet(stack, "f", { hosts, ...pv, xlConfig: { vifs: "[]" } });
    expect(warnings(stack)).toHaveLength(2);
    XenAnnotations.of(fleet).acknowledgeWarning("cdktf-xen:armPvRunsAsPvh");
    expect(warnings(stack)).toEqual([expect.stringMatching(/^xlConfig\["vifs"\]: Unknown xl.cfg key "vifs".*\[ack: cdktf-xen:unknownKey\]$/s)]);
  });
});
