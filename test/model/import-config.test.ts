// Reading hand-written xl.cfg files and converting them into xen_domain arguments: libxlu's
// syntax (the messages are those a real xl 4.17 printed for the same text, seen with
// `xl -N create` on the emulated Arm host), the mapping of keys onto attributes, blocks and
// xl_config, the plan's verdict with file:line, and the four output formats. Pure model
// tests; that the output plans in a real engine is test/engine/import.test.ts.
import { describe, expect, it } from "vitest";
import { renderCode, type GuestCode } from "../../src/cli/import-render";
import { importConfigs } from "../../src/cli/import-config";
import { convertXlCfg, domainArguments, findingLine, labelFor, planSummary, readXlCfg, resolveDomain, valueData, type DomainSpec } from "../../src/xen";
import { host } from "./helpers";

const ARM = host("aarch64", "4.17.7");
const X86 = host("x86_64", "4.17.7");
const BASE = 'name = "g"\nmemory = 128\nkernel = "/k"\n';
const read = (text: string) => {
  const r = readXlCfg(text);
  return { errors: r.errors.map((e) => `${e.line}: ${e.message}`), values: Object.fromEntries(r.settings.map((s) => [s.key, valueData(s.value)])) };
};
const convert = (text: string, facts = ARM, normalizeType = false) => convertXlCfg(text, "g.cfg", facts, { host: "h1", normalizeType });
const lines = (text: string, facts = ARM) => convert(text, facts).findings.map((f) => findingLine("g.cfg", f));

describe("xl.cfg as libxlu reads it", () => {
  it.each([
    ["double and single quotes, escapes", `a = "x\\"y\\\\z\\n"\nb = 'it\\'s'\n`, { a: 'x"y\\z\n', b: "it's" }],
    ["bare numbers: decimal, hex, octal kept as text", "a = 10\nb = 0x1F\nc = 010\n", { a: "10", b: "0x1F", c: "010" }],
    ["lists over lines, a trailing comma, comments inside", "d = [ 'a', # one\n  'b',\n]\n", { d: ["a", "b"] }],
    ["; separates statements; blank and comment lines", "# c\n\na = 1; b = 2\n", { a: "1", b: "2" }],
    ["the last assignment wins", "a = 1\na = 2\n", { a: "2" }],
    ["+= appends to a string and to a list", "s = 'a'\ns += 'b'\nl = ['x']\nl += ['y']\n", { s: "ab", l: ["x", "y"] }],
    ["no newline after the last line", "a = 1", { a: "1" }],
    ["a numeric octal escape is dropped, as libxlu 4.17 does (seen: \"a\\101b\" reads as \"ab\")", 'a = "a\\101b"\n', { a: "ab" }],
    ["nested lists", "v = [ [ 'a', 'b' ], [ 'c' ] ]\n", { v: [["a", "b"], ["c"]] }],
  ])("%s", (_, text, values) => {
    expect(read(text)).toEqual({ errors: [], values });
  });

  it.each([
    ["an unquoted word (seen on 4.17)", "type = pvh\n", "1: config parsing error near `pvh': syntax error, unexpected IDENT, expecting STRING or NUMBER or '['"],
    ["a number as a key (seen)", "3 = 4\n", "1: config parsing error near `3': syntax error, unexpected NUMBER, expecting $end or IDENT or NEWLINE or ';'"],
    ["a statement without = (seen: import os)", "import os\n", "1: config parsing error near `os': syntax error, unexpected IDENT, expecting += or '='"],
    ["a hex escape (seen: always refused)", 'a = "\\x41"\n', "1: config parsing error near `\"\\x41\"': invalid digit after backslash hexnumerical character escape in quoted string"],
    ["a one-digit octal escape (seen)", 'a = "a\\1b"\n', "1: config parsing error near `\"a\\1b\"': invalid digit after backslash octalnumerical character escape in quoted string"],
    ["a CR of a CRLF file (seen: lexical error)", 'a = "x"\r\n', "1: config parsing error near `\\r': lexical error"],
    ["a unit after a number", "memory = 512M\n", "1: config parsing error near `M': lexical error"],
    ["an unterminated string", 'a = "x\n', "1: config parsing error near `\"x': lexical error"],
    ["+= of a list to a string", "a = 'x'\na += ['y']\n", "2: config parsing error near `a': can't add [list] to \"string\" or vice versa"],
  ])("refuses %s, with libxlu's message and line", (_, text, message) => {
    expect(read(text).errors[0]).toBe(message);
  });

  it("reports the line of an error after good lines, and reads on to the next line", () => {
    expect(read("a = 1\n\nb = = 2\nc = 3\n")).toEqual({ errors: ["3: config parsing error near `=': syntax error, unexpected '=', expecting STRING or NUMBER or '['"], values: { a: "1", c: "3" } });
  });

  it("a Python config is refused, with xl's hint", () => {
    const g = convert("import os\nname = os.getenv('X')\n");
    expect(g.refused).toBe(true);
    expect(g.findings.map((f) => f.summary)).toContain("The file looks like it contains Python code, which xl no longer reads");
  });
});

describe("keys onto attributes, blocks and xl_config", () => {
  it("first-class keys become attributes of their row's type; hex and octal read as xl reads them", () => {
    const g = convert(`name = "web"\ntype = "pvh"\nmemory = 0x100\nmaxmem = 0400\nvcpus = 2\nmaxvcpus = "4"\nkernel = "/k"\nramdisk = '/r'\ncmdline = "console=hvc0"\non_crash = "preserve"\ngic_version = "v3"\n`);
    expect(g.args).toEqual({ name: "web", type: "pvh", memory: 256, vcpus: 2, maxvcpus: 4, kernel: "/k", ramdisk: "/r", cmdline: "console=hvc0", on_crash: "preserve", gic_version: "v3" });
    expect(g.findings).toEqual([]);
  });

  it("disks: positional, key=value, target= taking the rest, deprecated prefixes, cdrom — as xl's parse says", () => {
    const g = convert(BASE + `disk = [ '/i/a.raw,raw,xvda,rw', 'vdev=xvdb, access=ro, target=/i/b,c.img', 'phy:/dev/vg/c,xvdc,w', 'qcow2:/i/d.qcow2,xvdd,r', 'file:/i/e.iso,hdc:cdrom,r' ]\n`);
    expect(g.args?.disk).toEqual([
      { vdev: "xvda", target: "/i/a.raw" },
      { vdev: "xvdb", access: "ro", target: "/i/b,c.img" },
      { vdev: "xvdc", target: "/dev/vg/c" },
      { vdev: "xvdd", format: "qcow2", access: "ro", target: "/i/d.qcow2" },
      { vdev: "hdc", devtype: "cdrom", target: "/i/e.iso" },
    ]);
  });

  it("vifs: every key as written, the rate in the file's own spelling, '' a vif with all defaults", () => {
    const g = convert(BASE + `vif = [ 'mac=00:16:3E:00:00:01,bridge=xenbr0,ip=192.0.2.1,vifname=web-e0,mtu=9000', 'rate=10Mb/s@20ms,script=/etc/xen/scripts/vif-bridge', '' ]\n`);
    expect(g.args?.vif).toEqual([
      { mac: "00:16:3e:00:00:01", bridge: "xenbr0", ip: "192.0.2.1", vifname: "web-e0", mtu: 9000 },
      { script: "/etc/xen/scripts/vif-bridge", rate: "10Mb/s@20ms" },
      {},
    ]);
  });

  it("other known keys go to xl_config (lists as JSON, what jsonencode writes); unknown keys too, with a warning on their line", () => {
    const g = convert(BASE + `vuart = "sbsa_uart"\niomem = [ "0x10,1" ]\nnomigrate = 1\nfrobnicate = "yes"\n`);
    expect(g.args?.vuart).toBe("sbsa_uart");
    expect(g.args?.xl_config).toEqual({ iomem: '["0x10,1"]', nomigrate: "1", frobnicate: "yes" });
    expect(lines(BASE + `frobnicate = "yes"\n`)).toEqual(['g.cfg:4: warning: xl_config["frobnicate"]: Unknown xl.cfg key "frobnicate"']);
  });

  it.each([
    ["a list for a single value: xl ignores the key", 'kernel = [ "/k" ]\n', "4: warning: kernel: xl ignores kernel: it is a list but should be a single value"],
    ["a single value for disk: xl ignores it", 'disk = "/i/a,raw,xvda,rw"\n', "4: warning: disk: xl ignores disk: it is a single value but should be a list"],
    ["a number xl cannot read: xl ignores it", 'vcpus = "two"\n', '4: warning: vcpus: xl ignores vcpus: "two" is not an integer'],
    ["+= on a number: xl ignores it (the line of the +=)", "vcpus = 1\nvcpus += 1\n", "5: warning: vcpus: xl ignores vcpus: can't use += with numbers"],
    ["uuid: the provider picks its own", 'uuid = "6f1c0b3a-0000-0000-0000-000000000001"\n', "4: warning: uuid: uuid is left out of the converted code"],
  ])("%s", (_, extra, finding) => {
    expect(lines(BASE + extra)).toContain(`g.cfg:${finding}`);
  });

  it("no memory: libxl's default, 32 MiB, with a warning", () => {
    const g = convert('name = "g"\nkernel = "/k"\n');
    expect(g.args?.memory).toBe(32);
    expect(g.findings.map((f) => f.id)).toContain("defaultMemory");
  });

  it("a vif whose MAC has fewer than six octets at the entry's end: the converted code leaves the MAC out and says xl leaves it to chance", () => {
    const g = convert(BASE + "vif = [ 'bridge=xenbr0,mac=00:16:3e:01:02' ]\n");
    expect(g.args?.vif).toEqual([{ bridge: "xenbr0" }]);
    expect(lines(BASE + "vif = [ 'bridge=xenbr0,mac=00:16:3e:01:02' ]\n")).toEqual([
      "g.cfg:4: warning: vif[0]: xl leaves mac (only 00:16:3e:01:02 is given) of vif entry 0 to chance"]);
  });
  it("a short MAC before another item: xl reads the missing octet from that item (xl_parse.c:436-445), and the converted code says so", () => {
    const g = convert(BASE + "vif = [ 'mac=00:16:3e:01:02,bridge=xenbr0' ]\n");
    expect(g.args?.vif).toEqual([{ mac: "00:16:3e:01:02:0b", bridge: "xenbr0" }]);
    expect(lines(BASE + "vif = [ 'mac=00:16:3e:01:02,bridge=xenbr0' ]\n")).toEqual([
      'g.cfg:4: warning: vif[0]: vif entry 0: xl reads mac as 00:16:3e:01:02:0b: "00:16:3e:01:02" has fewer than six octets, and xl reads on into the next item ("bridge=xenbr0")']);
  });
  it("a vif list that numbers itself (devid) stays in xl_config as written", () => {
    const g = convert(BASE + "vif = [ 'devid=3,bridge=xenbr0' ]\n");
    expect(g.args?.vif).toBeUndefined();
    expect(g.args?.xl_config).toEqual({ vif: '["devid=3,bridge=xenbr0"]' });
  });
});

describe("the plan's verdict, per guest", () => {
  it("Arm pv: kept with the plan's warning on the type's line, or written pvh with --normalize-type", () => {
    const text = BASE + 'type = "pv"\n';
    const kept = convert(text);
    expect([kept.args?.type, kept.writtenType, kept.effectiveType]).toEqual(["pv", "pv", "pvh"]);
    expect(kept.findings.map((f) => findingLine("g.cfg", f))).toEqual(["g.cfg:4: warning: type: This Arm guest will run as PVH, not PV"]);
    expect(planSummary(kept, ARM)).toBe("written pv, runs as pvh on Xen 4.17.7 aarch64: kept as pv (--normalize-type writes pvh); the plan warns 1 time");
    const fixed = convert(text, ARM, true);
    expect([fixed.args?.type, fixed.findings]).toEqual(["pvh", []]);
    expect(planSummary(fixed, ARM)).toBe("written pv, runs as pvh on Xen 4.17.7 aarch64: the converted code writes pvh");
  });

  it("builder = \"generic\" on x86 is pv; --normalize-type writes type = \"pv\" and drops builder", () => {
    const g = convert(BASE + 'builder = "generic"\n', X86, true);
    expect(g.args?.type).toBe("pv");
    expect(g.args?.xl_config).toBeUndefined();
  });

  it.each([
    ["hvm on Arm", 'type = "hvm"\n', "g.cfg:4: error: type: HVM guests are not possible on Arm"],
    ["an invalid type (xl: Invalid domain type)", 'type = "PVH"\n', 'g.cfg:4: error: type: Invalid domain type "PVH"'],
    ["maxvcpus < vcpus", "vcpus = 4\nmaxvcpus = 2\n", "g.cfg:5: error: maxvcpus: maxvcpus (2) is below vcpus (4)"],
    ["a disk spec xl refuses", "disk = [ 'vdev=xvda,format=vmdk,target=/x' ]\n", "g.cfg:4: error: disk[0]: xl refuses disk entry 0: unknown value for format: near `vmdk' in `vdev=xvda,format=vmdk,target=/x'"],
    ["a vif rate xl refuses", "vif = [ 'rate=0Mb/s' ]\n", "g.cfg:4: error: vif[0]: xl refuses vif entry 0: config parsing error in vif: rate overflow in `0Mb/s'"],
  ])("refuses %s, naming the line, and writes nothing", (_, extra, first) => {
    const g = convert(BASE + extra);
    expect(g.refused).toBe(true);
    expect(g.args).toBeNull();
    expect(g.findings.map((f) => findingLine("g.cfg", f))).toContain(first);
  });

  it("no name: refused as xl refuses it", () => {
    const g = convert("memory = 64\nkernel = '/k'\n");
    expect(g.findings.map((f) => f.summary)).toContain("xl refuses the file: Domain name must be specified");
  });

  it("the line of a device finding is its entry's line", () => {
    const g = convert(BASE + "disk = [\n  'vdev=xvda,target=/a',\n  'vdev=xvda,target=/b',\n]\n");
    expect(g.findings.map((f) => findingLine("g.cfg", f))).toContain("g.cfg:6: error: disk[1].vdev: disk.vdev \"xvda\" is already disk[0]'s");
  });
});

describe("labels and output", () => {
  it("labels are identifiers in HCL, TypeScript and Python, unique", () => {
    const taken = new Set<string>();
    expect(["web-0", "web_0", "web 0", "1234", "class", "", "Dom/ü"].map((n) => labelFor(n, taken)))
      .toEqual(["web_0", "web_0_2", "web_0_3", "guest_1234", "guest_class", "guest", "Dom"]);
  });

  it("domainArguments leaves out computed values and defaults (vcpus 1, maxmem = memory, autostart false...)", () => {
    expect(domainArguments({ host: "h", name: "n", memory: 128, maxmem: 128, vcpus: 1, maxvcpus: 1, autostart: false, shutdown_timeout: 60, effective_type: "pvh", domid: 3, uuid: "u", config: "x", id: "h/n", disk: [], vif: [{ mac: "00:16:3e:00:00:01", bridge: null }] }))
      .toEqual({ host: "h", name: "n", memory: 128, vif: [{ mac: "00:16:3e:00:00:01" }] });
    expect(domainArguments({ vif: [{ mac: "00:16:3e:00:00:01" }] }, { computedFields: false })).toEqual({ vif: [{}] });
  });

  const guest: GuestCode = {
    label: "web_0",
    args: { host: "h1", name: 'web "0" ${x}', memory: 128, xl_config: { iomem: '["0x10,1"]', nomigrate: "1" }, disk: [{ vdev: "xvda", target: "/i/a.raw" }], vif: [{ bridge: "xenbr0", trusted: false }, {}] },
    comments: ["g.cfg: written pvh"],
    importId: "h1/web-0",
  };

  it("HCL: escapes and template sequences, jsonencode for lists, nested blocks, the import block", () => {
    const out = renderCode("hcl", [guest], null, ["header"]);
    expect(out).toContain('  name      = "web \\"0\\" $${x}"');
    expect(out).toContain('    "iomem"     = jsonencode(["0x10,1"])');
    expect(out).toContain("  disk {\n    vdev   = \"xvda\"\n    target = \"/i/a.raw\"\n  }");
    expect(out).toContain("  vif {\n    bridge  = \"xenbr0\"\n    trusted = false\n  }\n\n  vif {\n  }");
    expect(out).toContain('import {\n  to = xen_domain.web_0\n  id = "h1/web-0"\n}');
    expect(out.startsWith("# header\n")).toBe(true);
  });

  it("JSON: Terraform's JSON syntax as cdktf synthesizes it, comments in \"//\"", () => {
    const doc = JSON.parse(renderCode("json", [guest], { name: "h1", facts: ARM }, []));
    expect(doc.resource.xen_domain.web_0).toEqual({ "//": "g.cfg: written pvh", ...guest.args });
    expect(doc.provider.xen[0].host[0]).toEqual({ name: "h1", facts: { arch: "aarch64", xen_version: "4.17.7", xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l" } });
    expect(doc.import).toEqual([{ to: "xen_domain.web_0", id: "h1/web-0" }]);
  });

  it("TypeScript and Python: the bindings' names (camelCase props, DomainDisk/DomainVif), the host as XenHost", () => {
    const ts = renderCode("typescript", [guest], { name: "h1", facts: ARM }, []);
    expect(ts).toContain('const h1 = new XenHost(stack, "h1", {');
    expect(ts).toContain("  host: h1.name,");
    expect(ts).toContain('  xlConfig: { "iomem": "[\\"0x10,1\\"]", "nomigrate": "1" },');
    expect(ts).toContain('    { bridge: "xenbr0", trusted: false },\n    {},');
    expect(ts).toContain('web_0.importFrom("h1/web-0");');
    const py = renderCode("python", [guest], { name: "h1", facts: ARM }, []);
    expect(py).toContain("    xl_config={ \"iomem\": \"[\\\"0x10,1\\\"]\", \"nomigrate\": \"1\" },");
    expect(py).toContain('      domain.DomainVif(bridge="xenbr0", trusted=False),');
    expect(py).toContain('web_0.import_from("h1/web-0")');
  });

  it("import-config: refused files print nothing of their guest; names become unique labels; the summary and findings go to messages", () => {
    const r = importConfigs([
      { name: "a.cfg", text: 'name = "web"\nmemory = 64\nkernel = "/k"\n' },
      { name: "b.cfg", text: 'name = "web"\nmemory = 64\nkernel = "/k"\n' },
      { name: "c.cfg", text: 'name = "bad"\ntype = hvm\n' },
    ], { host: "h1", format: "hcl", normalizeType: false, facts: ARM });
    expect(r.refused).toBe(1);
    expect(r.code).toContain('resource "xen_domain" "web"');
    expect(r.code).toContain('resource "xen_domain" "web_2"');
    expect(r.code).not.toContain('"bad"');
    expect(r.messages.join("\n")).toContain('b.cfg: warning: name: "web" is also the name of the guest in a.cfg');
    expect(r.messages[2]).toBe("c.cfg: refused on Xen 4.17.7 aarch64: nothing written for this guest\n  c.cfg:2: error: xl refuses the file: config parsing error near `hvm': syntax error, unexpected IDENT, expecting STRING or NUMBER or '['");
  });
});

describe("vnuma, a list of lists, end to end", () => {
  const VNUMA = 'vnuma = [ [ "pnode=0", "size=512", "vcpus=0", "vdistances=10,20" ],\n          [ "pnode=1", "size=512", "vcpus=1", "vdistances=20,10" ] ]\n';
  const data = [["pnode=0", "size=512", "vcpus=0", "vdistances=10,20"], ["pnode=1", "size=512", "vcpus=1", "vdistances=20,10"]];
  it("import-config reads it (xlcfg-read) and carries it in xl_config as jsonencode of a list of lists", () => {
    expect(read(VNUMA).values.vnuma).toEqual(data);
    const g = convert(BASE + VNUMA);
    expect(g.args?.xl_config).toEqual({ vnuma: JSON.stringify(data) });
    expect(lines(BASE + VNUMA)).toEqual([]);
  });
  it("declared in xl_config, the plan writes it as xl's nested list, which reads back the same", () => {
    const r = resolveDomain({ name: "g", memory: 1024, kernel: "/k", vcpus: 2, xl_config: { vnuma: JSON.stringify(data) } } as DomainSpec, ARM);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    const line = r.config!.split("\n").find((l) => l.startsWith("vnuma ="))!;
    expect(line).toBe('vnuma = [ [ "pnode=0", "size=512", "vcpus=0", "vdistances=10,20" ], [ "pnode=1", "size=512", "vcpus=1", "vdistances=20,10" ] ]');
    expect(read(line + "\n").values.vnuma).toEqual(data);
  });
  it("a list mixing strings and lists, or nested deeper, is refused in xl_config and in import", () => {
    const r = resolveDomain({ name: "g", memory: 128, kernel: "/k", xl_config: { vnuma: JSON.stringify([["a"], "b"]) } } as DomainSpec, ARM);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.summary)).toEqual([expect.stringMatching(/^xl_config\["vnuma"\] must be a list of strings/)]);
    expect(lines(BASE + "vnuma = [ [ [ 'a' ] ] ]\n")).toEqual([expect.stringMatching(/nests lists deeper than two levels/)]);
  });
});
