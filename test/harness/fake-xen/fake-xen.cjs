#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
//
// STAND-IN — NOT XEN. A fake `xl` / `xenstore-read` / `xenstore-list` for the provider's
// transport and lifecycle tests on the loopback SSH test host (test/harness/ssh-host.ts). It
// imitates the OUTPUT FORMATS of real xl (`xl info`, `xl list`, `xl list -l`, `xl create` errors
// and exit codes) as written down in shared/facts/xen-toolstack.md §3–§8, and keeps its
// "domains" in a JSON file. It boots nothing and checks far less than libxl does. Anything a
// test learns about Xen's *behaviour* from this fake must be confirmed on a real (emulated) Xen
// host; where they disagree, the real host wins and this fake should be fixed.
//
// Usage (normally through the bash wrappers `xl`, `xenstore-read` and `xenstore-list` beside
// this file, which take the state lock with flock(1) first):
//   fake-xen.cjs xl <xl arguments...>
//   fake-xen.cjs xenstore-read <path...>
//   fake-xen.cjs xenstore-list <path...>
//   fake-xen.cjs init                 (create the state file with Domain-0 if missing)
// Environment: FAKE_XEN_STATE = state directory (facts.json, state.json, fault, lock).
//
// Disks and network interfaces: kept as libxl's JSON for `xl list -l` from key=value specs only
// (no positional disk specs), hot-plugged with block-attach/-detach and network-attach/-detach;
// no backend, no hotplug script, no target check. Not modelled: consoles, pause/unpause, reboot, migration, kernel-file checks
// (any kernel path is accepted), vCPU limits per guest type, shutdown that takes time.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

const STATE_DIR = process.env.FAKE_XEN_STATE;
if (!STATE_DIR) {
  process.stderr.write("fake-xen: FAKE_XEN_STATE is not set\n");
  process.exit(2);
}
const STATE_FILE = path.join(STATE_DIR, "state.json");
const FACTS_FILE = path.join(STATE_DIR, "facts.json");
const FAULT_FILE = path.join(STATE_DIR, "fault");

// ---------------------------------------------------------------------------------------------
// small helpers

class Exit extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}
function fail(code, ...lines) {
  for (const l of lines) process.stderr.write(l + "\n");
  throw new Exit(code);
}
function readJson(file, dflt) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    if (e.code === "ENOENT") return dflt;
    throw e;
  }
}
function writeJsonAtomic(file, value) {
  const tmp = `${file}.tmp.${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(value, null, 2) + "\n");
  fs.renameSync(tmp, file);
}

// ---------------------------------------------------------------------------------------------
// host facts

const ARCH_DEFAULTS = {
  x86_64: {
    xen_caps: "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64",
    virt_caps: "pv hvm hap shadow gnttab-v1 gnttab-v2",
    release: "6.1.0-40-amd64",
    xen_commandline: "placeholder dom0_mem=512M,max:512M smap=0 smep=0",
  },
  aarch64: {
    xen_caps: "xen-3.0-aarch64 xen-3.0-armv7l",
    virt_caps: "hvm hap vpmu gnttab-v1",
    release: "6.1.0-40-arm64",
    xen_commandline:
      "console=dtuart dtuart=/pl011@9000000 dom0_mem=512M dom0_max_vcpus=2 bootscrub=0",
  },
  armv7l: {
    xen_caps: "xen-3.0-armv7l",
    virt_caps: "hvm hap gnttab-v1",
    release: "6.1.0-40-armmp-lpae",
    xen_commandline: "console=dtuart dom0_mem=512M bootscrub=0",
  },
};
const DOM0_MEMORY = 512; // MiB

/** Effective facts: per-machine defaults overlaid with what the test set (facts.json). */
function loadFacts() {
  const set = readJson(FACTS_FILE, {});
  const machine = set.machine || "x86_64";
  const arch = ARCH_DEFAULTS[machine] || ARCH_DEFAULTS.x86_64;
  const f = {
    machine,
    xen_version: "4.17.7",
    xen_caps: arch.xen_caps,
    virt_caps: arch.virt_caps,
    total_memory: 4096,
    nr_cpus: 4,
    host: "fake-xen-host",
    release: arch.release,
    xen_commandline: arch.xen_commandline,
    ...set,
  };
  f.isArm = f.machine === "aarch64" || f.machine === "armv7l";
  const m = /^(\d+)\.(\d+)(.*)$/.exec(f.xen_version) || [null, "4", "17", ".0"];
  f.xen_major = Number(m[1]);
  f.xen_minor = Number(m[2]);
  f.xen_extra = m[3];
  f.hasHvmCaps = /(^|\s)hvm-/.test(f.xen_caps);
  return f;
}
function versionAtLeast(f, major, minor) {
  return f.xen_major > major || (f.xen_major === major && f.xen_minor >= minor);
}

// ---------------------------------------------------------------------------------------------
// state: { next_domid, domains: [ {domid, name, uuid, ...} ] } — Domain-0 is always domains[0]

function dom0() {
  return {
    domid: 0,
    name: "Domain-0",
    uuid: "00000000-0000-0000-0000-000000000000",
    type: null, // derived from the host machine when listed
    type_written: null,
    effective_type: null,
    memory: DOM0_MEMORY,
    maxmem: DOM0_MEMORY,
    target_memkb: DOM0_MEMORY * 1024,
    vcpus: 2,
    maxvcpus: 2,
    online_vcpus: [0, 1],
    kernel: null,
    ramdisk: null,
    cmdline: null,
    on_poweroff: "destroy",
    on_reboot: "restart",
    on_crash: "restart",
    state: "r-----",
    created_at: 0,
  };
}
function loadState() {
  const s = readJson(STATE_FILE, null);
  if (s) return s;
  return { next_domid: 1, domains: [dom0()] };
}
function saveState(s) {
  writeJsonAtomic(STATE_FILE, s);
}
function dom0Type(f) {
  return f.isArm ? "pvh" : "pv";
}

/** xl: an all-digit argument is a domid; anything else is a name. */
function findDomain(state, arg, { cmd = "" } = {}) {
  if (/^\d+$/.test(arg)) {
    const id = Number(arg);
    const d = state.domains.find((x) => x.domid === id);
    if (!d) {
      fail(
        1,
        `libxl: error: libxl_domain.c:1142:libxl_domain_info: Non-existant domain ${id}`,
        ...(cmd ? [`${cmd} failed (rc=-21)`] : []),
      );
    }
    return d;
  }
  const d = state.domains.find((x) => x.name === arg);
  if (!d) fail(1, `${arg} is an invalid domain identifier (rc=-6)`);
  return d;
}

// ---------------------------------------------------------------------------------------------
// xl.cfg parser (libxlu syntax): `key = value` / `key += value`, statements ended by newline or
// ';', values are "double" or 'single' quoted strings (backslash escapes as libxlu: \\ \" \' \a
// \b \f \n \r \t \v \xHH \ooo), numbers (decimal or 0x hex), or lists [ atom, atom, ] that may
// span lines; '#' starts a comment. Atoms are kept as strings (libxlu does the same and converts
// on use); lists become arrays of strings.

function parseXlCfg(text, fileName) {
  let i = 0;
  let line = 1;
  const out = Object.create(null);
  const err = (near) => {
    fail(
      1,
      `${fileName}:${line}: config parsing error near \`${near}': syntax error`,
      "Failed to parse config: Invalid argument",
    );
  };
  const peek = () => text[i];
  const skipBlank = (newlinesToo) => {
    for (;;) {
      const c = text[i];
      if (c === " " || c === "\t" || c === "\r") i++;
      else if (c === "#") while (i < text.length && text[i] !== "\n") i++;
      else if (newlinesToo && c === "\n") {
        line++;
        i++;
      } else return;
    }
  };
  const readString = () => {
    const q = text[i++];
    let s = "";
    for (;;) {
      if (i >= text.length || text[i] === "\n") err(q + s);
      const c = text[i++];
      if (c === q) return s;
      if (c !== "\\") {
        s += c;
        continue;
      }
      const n = text[i++];
      const simple = { "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
      if (n in simple) s += simple[n];
      else if (n === "x" && /^[0-9a-fA-F]{2}$/.test(text.slice(i, i + 2))) {
        s += String.fromCharCode(parseInt(text.slice(i, i + 2), 16));
        i += 2;
      } else if (n >= "0" && n <= "7") {
        let o = n;
        while (o.length < 3 && text[i] >= "0" && text[i] <= "7") o += text[i++];
        s += String.fromCharCode(parseInt(o, 8));
      } else err("\\" + (n ?? ""));
    }
  };
  const readAtom = () => {
    const c = peek();
    if (c === '"' || c === "'") return readString();
    const m = /^(0x[0-9a-fA-F]+|[0-9]+)(?![A-Za-z0-9_.])/.exec(text.slice(i));
    if (m) {
      i += m[0].length;
      return String(Number(m[1]));
    }
    err(text.slice(i, i + 10).split("\n")[0]);
  };
  const readValue = () => {
    if (peek() !== "[") return readAtom();
    i++;
    const list = [];
    for (;;) {
      skipBlank(true);
      if (peek() === "]") {
        i++;
        return list;
      }
      list.push(readAtom());
      skipBlank(true);
      if (peek() === ",") i++;
      else if (peek() !== "]") err(peek() ?? "end of file");
    }
  };
  for (;;) {
    skipBlank(true);
    if (i >= text.length) break;
    if (peek() === ";") {
      i++;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
    if (!m) err(text.slice(i, i + 10).split("\n")[0]);
    const key = m[0];
    i += key.length;
    skipBlank(false);
    let append = false;
    if (text.startsWith("+=", i)) {
      append = true;
      i += 2;
    } else if (peek() === "=") i++;
    else err(peek() ?? "end of file");
    skipBlank(false);
    const v = readValue();
    skipBlank(false);
    if (i < text.length && peek() !== "\n" && peek() !== ";") err(text.slice(i, i + 10).split("\n")[0]);
    if (append && key in out) {
      const old = out[key];
      if (Array.isArray(old) && Array.isArray(v)) out[key] = old.concat(v);
      else if (!Array.isArray(old) && !Array.isArray(v)) out[key] = old + v;
      else err(key);
    } else out[key] = v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// xl create

/** xl's type lookup: strncmp(value, name, strlen(value)), tried in the order hvm, pv, pvh. */
function matchTypePrefix(value, names) {
  for (const n of names) if (n.startsWith(value)) return n;
  return null;
}

function cfgInt(cfg, key, fileName) {
  if (!(key in cfg)) return undefined;
  const v = cfg[key];
  if (Array.isArray(v) || !/^\s*-?\d+\s*$/.test(v)) {
    fail(1, `${fileName}: ${key}: invalid numeric value '${Array.isArray(v) ? "[...]" : v}'`);
  }
  return parseInt(v, 10);
}
function cfgStr(cfg, key) {
  if (!(key in cfg)) return null;
  const v = cfg[key];
  return Array.isArray(v) ? v.join(",") : v;
}

function xlCreate(args) {
  let quiet = false;
  let paused = false;
  let file = null;
  const overrides = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === "-q" || a === "--quiet") quiet = true;
    else if (a === "-p") paused = true;
    else if (a === "-f" || a === "--defconfig") file = args[++k];
    else if (a.startsWith("--defconfig=")) file = a.slice("--defconfig=".length);
    else if (a === "-e" || a === "-V" || a === "--vncviewer") {
      /* accepted, no effect here */
    } else if (a.startsWith("-")) fail(2, `xl create: option ${a} is not supported by the fake xl (stand-in)`);
    else if (a.includes("=")) overrides.push(a);
    else if (!file) file = a;
    else fail(2, "Usage: xl [-vfNtT] create <ConfigFile> [options] [vars]");
  }
  if (!file) fail(1, "Config file not specified");
  if (!quiet) process.stderr.write(`Parsing config from ${file}\n`);
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    fail(1, `Failed to read config file: ${file}: ${e.code === "ENOENT" ? "No such file or directory" : e.message}`);
  }
  if (overrides.length) text += "\n" + overrides.join("\n") + "\n";
  const cfg = parseXlCfg(text, file);

  // ---- what xl's own parser refuses (exit 1)
  const name = cfgStr(cfg, "name");
  if (!name) fail(1, "Domain name must be specified.");

  let typeWritten = null;
  if ("type" in cfg) {
    typeWritten = matchTypePrefix(cfgStr(cfg, "type"), ["hvm", "pv", "pvh"]);
    if (!typeWritten) fail(1, `Invalid domain type ${cfgStr(cfg, "type")}.`);
  }
  if ("builder" in cfg) {
    const b = cfgStr(cfg, "builder");
    const bt = "hvm".startsWith(b) ? "hvm" : "generic".startsWith(b) ? "pv" : null;
    if (!bt) fail(1, `Invalid domain type ${b}.`);
    if (typeWritten && typeWritten !== bt) fail(1, 'Contradicting "builder" and "type" options specified.');
    typeWritten = bt;
  }

  const memory = cfgInt(cfg, "memory", file) ?? 32;
  const maxmem = cfgInt(cfg, "maxmem", file) ?? memory;
  const vcpus = cfgInt(cfg, "vcpus", file) ?? 1;
  const maxvcpus = cfgInt(cfg, "maxvcpus", file) ?? vcpus;
  if (maxvcpus < vcpus) fail(1, "xl: maxvcpus < vcpus");
  const kernel = cfgStr(cfg, "kernel");
  const ramdisk = cfgStr(cfg, "ramdisk");
  const bootloader = cfgStr(cfg, "bootloader");
  if (kernel && cfgStr(cfg, "firmware")) fail(1, "both kernel and firmware specified");
  let cmdline = cfgStr(cfg, "cmdline");
  if (cmdline === null && ("root" in cfg || "extra" in cfg)) {
    cmdline = [cfg.root ? `root=${cfgStr(cfg, "root")}` : null, cfgStr(cfg, "extra")].filter(Boolean).join(" ");
  }

  const facts = loadFacts();
  const state = loadState();
  const domid = state.next_domid;
  const libxlErr = (where, msg) => `libxl: error: ${where}: Domain ${domid}:${msg}`;
  // libxl had already made the domain, so a failed create still used up its domid
  const refuse3 = (...lines) => {
    state.next_domid++;
    saveState(state);
    fail(3, ...lines);
  };

  // ---- the type libxl settles on (facts §3)
  let listedType; // c_info.type as `xl list -l` shows it (as written, else libxl's default)
  let effective; // what runs (xenstore /libxl/<domid>/type)
  const warnings = [];
  if (facts.isArm) {
    if (!versionAtLeast(facts, 4, 12)) {
      listedType = typeWritten ?? "pv";
      if (listedType !== "pv") {
        fail(3, `libxl: error: libxl_arm.c:1098:libxl__arch_domain_build_info_setdefault: Arm only supports PV guests before Xen 4.12 (requested ${listedType})`);
      }
      effective = "pv";
    } else {
      listedType = typeWritten ?? "pvh";
      if (listedType === "hvm") {
        if (versionAtLeast(facts, 4, 20)) {
          fail(134, "xl: libxl_create.c:633: libxl__domain_make: Assertion `info->type != LIBXL_DOMAIN_TYPE_HVM || ...' failed.");
        }
        refuse3(
          `libxl: error: libxl_dom.c:1039:libxl__load_hvmloader: Domain ${domid}:failed to open file /usr/lib/xen-${facts.xen_major}.${facts.xen_minor}/boot/hvmloader: No such file or directory`,
          libxlErr("libxl_create.c:1867:domcreate_rebuild_done", "cannot (re-)build domain: -3"),
        );
      }
      if (listedType === "pv") {
        const w = "libxl: warning: libxl_arm.c:1507:libxl__arch_domain_build_info_setdefault";
        warnings.push(`${w}: Converting PV guest to PVH.`, `${w}: Arm guest are now PVH.`, `${w}: Please fix your configuration file/toolstack.`);
      }
      effective = "pvh";
    }
  } else {
    listedType = typeWritten ?? "pv";
    effective = listedType;
    if ((effective === "pvh" || effective === "hvm") && !facts.hasHvmCaps) {
      fail(6, libxlErr("libxl_x86.c:817:libxl__arch_domain_create", "neither hap nor shadow paging available"));
    }
  }
  if ((effective === "pv" || effective === "pvh") && !kernel && !bootloader) {
    fail(1, "Neither kernel nor bootloader specified");
  }

  // ---- what libxl refuses while building (exit 3)
  const fault = readFault();
  if (fault === "fail-next-create") {
    fs.rmSync(FAULT_FILE, { force: true });
    refuse3(
      libxlErr("libxl_dom.c:593:libxl__build_dom", "xc_dom_boot_image failed: Operation not permitted (injected fault)"),
      libxlErr("libxl_create.c:1867:domcreate_rebuild_done", "cannot (re-)build domain: -3"),
    );
  }
  if (state.domains.some((d) => d.name === name)) {
    fail(
      3,
      `libxl: error: libxl_create.c:707:libxl__domain_make: Domain with name "${name}" already exists.`,
      "libxl: error: libxl_create.c:1299:initiate_domain_create: cannot make domain: -6",
    );
  }
  if (memory <= 0) {
    refuse3(
      libxlErr("libxl_dom.c:593:libxl__build_dom", "can't allocate low memory for domain: Out of memory"),
      libxlErr("libxl_create.c:1867:domcreate_rebuild_done", "cannot (re-)build domain: -3"),
    );
  }
  if (memory > freeMemory(facts, state)) {
    refuse3(
      libxlErr("libxl_dom.c:593:libxl__build_dom", "xc_dom_boot_mem_init: can't allocate low memory for domain: Out of memory"),
      libxlErr("libxl_create.c:1867:domcreate_rebuild_done", "cannot (re-)build domain: -3"),
    );
  }

  for (const w of warnings) process.stderr.write(w + "\n");
  const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const disks = asList(cfg.disk).map((spec) => diskJson(spec, `${file}: disk`));
  const nics = asList(cfg.vif).map((spec, j) => nicJson(spec.split(",").filter(Boolean), j));
  state.domains.push({
    disks,
    nics,
    domid,
    name,
    uuid: cfgStr(cfg, "uuid") || crypto.randomUUID(),
    type: listedType,
    type_written: typeWritten,
    effective_type: effective,
    memory,
    maxmem,
    target_memkb: memory * 1024,
    vcpus,
    maxvcpus,
    online_vcpus: Array.from({ length: vcpus }, (_, k) => k),
    kernel,
    ramdisk,
    cmdline,
    on_poweroff: cfgStr(cfg, "on_poweroff") ?? "destroy",
    on_reboot: cfgStr(cfg, "on_reboot") ?? "restart",
    on_crash: cfgStr(cfg, "on_crash") ?? "destroy",
    state: paused ? "--p---" : "-b----",
    created_at: Date.now(),
    config_file: path.resolve(file),
    config: { ...cfg },
  });
  state.next_domid++;
  // "slow-create:<s>": libxl registers the domain, then builds it for <s> seconds (the wrapper
  // sleeps, outside the state lock, and calls finish-create): meanwhile `xl list` shows it,
  // `xl list -l` does not, and xenstore has its vm path but no libxl type, as on a real host.
  // "slow-create:<s>:drop": the same, and the client's connection drops once the domain is registered.
  const slow = /^slow-create:(\d+)(:drop)?$/.exec(fault);
  if (slow) {
    fs.rmSync(FAULT_FILE, { force: true });
    state.domains[state.domains.length - 1].building = true;
    fs.writeFileSync(path.join(STATE_DIR, "building"), `${domid} ${slow[1]}${slow[2] ? " drop" : ""}\n`);
  }
  saveState(state);
  // For the wrapper, which starts the stand-in of xl's per-domain daemon (see xl beside this file).
  fs.writeFileSync(path.join(STATE_DIR, "last-created"), `${domid}\n`);
}

/** The end of a slow create (see xlCreate): the domain is whole. */
function finishCreate(domid) {
  const state = loadState();
  const d = state.domains.find((x) => x.domid === Number(domid));
  if (d) delete d.building;
  saveState(state);
}

function freeMemory(facts, state) {
  if (typeof facts.free_memory === "number") return facts.free_memory;
  const used = state.domains.reduce((n, d) => n + Math.max(d.maxmem, Math.ceil(d.target_memkb / 1024)), 0);
  return Math.max(0, facts.total_memory - used);
}

function readFault() {
  try {
    return fs.readFileSync(FAULT_FILE, "utf8").trim();
  } catch {
    return "";
  }
}

// ---------------------------------------------------------------------------------------------
// xl list / list -l

function listedTypeOf(d, facts) {
  return d.domid === 0 ? dom0Type(facts) : d.type;
}

function longEntry(d, facts) {
  const t = listedTypeOf(d, facts);
  const typeInfo = {};
  if (d.kernel) typeInfo.kernel = d.kernel;
  if (d.cmdline) typeInfo.cmdline = d.cmdline;
  if (d.ramdisk) typeInfo.ramdisk = d.ramdisk;
  const b_info = {
    max_vcpus: d.maxvcpus,
    avail_vcpus: d.online_vcpus,
    max_memkb: d.maxmem * 1024,
    target_memkb: d.target_memkb,
    sched_params: {},
    [`type.${t}`]: typeInfo,
  };
  if (facts.isArm) b_info.arch_arm = {};
  return {
    domid: d.domid,
    config: {
      c_info: { type: t, name: d.name, uuid: d.uuid, run_hotplug_scripts: "True" },
      b_info,
      on_poweroff: d.on_poweroff,
      on_reboot: d.on_reboot,
      on_crash: d.on_crash,
      ...(d.disks?.length ? { disks: d.disks } : {}),
      ...(d.nics?.length ? { nics: d.nics } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// disks and nics, as libxl's JSON (the field names real `xl -N block-attach` prints)

function diskJson(spec, where) {
  const j = {};
  const items = [];
  const t = spec.indexOf("target=");
  const head = t >= 0 ? spec.slice(0, t) : spec;
  for (const item of head.split(",").map((x) => x.trim()).filter(Boolean)) items.push(item);
  for (const item of items) {
    const eq = item.indexOf("=");
    const [k, v] = eq < 0 ? [item, null] : [item.slice(0, eq), item.slice(eq + 1)];
    if (k === "vdev") j.vdev = v;
    else if (k === "format") j.format = v;
    else if (k === "access") { if (v === "rw" || v === "w") j.readwrite = 1; }
    else if (k === "devtype" && v === "cdrom") j.is_cdrom = 1;
    else if (k === "backendtype") j.backend = v;
    else if (k === "backend") j.backend_domname = v;
    else if (k === "script") j.script = v;
    else if (k === "discard" || k === "no-discard") j.discard_enable = k === "discard" ? "True" : "False";
    else if (k === "direct-io-safe") j.direct_io_safe = true;
    else if (k === "specification") j.specification = v;
    else fail(1, `${where}: unknown parameter: near \`${item}' (fake xl: key=value specs only)`);
  }
  if (t >= 0) j.pdev_path = spec.slice(t + "target=".length);
  if (!j.vdev) fail(1, `${where}: no vdev specified in \`${spec}'`);
  if (!("readwrite" in j) && !j.is_cdrom && !items.some((x) => x.startsWith("access="))) j.readwrite = 1;
  if (!j.format) j.format = j.pdev_path ? "raw" : "empty";
  if (!j.backend) j.backend = "phy"; // what libxl picks for a raw file or device
  return j;
}

function nicJson(items, devid) {
  const j = { devid };
  for (const item of items) {
    const eq = item.indexOf("=");
    const [k, v] = eq < 0 ? [item, null] : [item.slice(0, eq), item.slice(eq + 1)];
    if (k === "devid") j.devid = Number(v);
    else if (k === "mac") j.mac = v.toLowerCase();
    else if (k === "bridge" || k === "ip" || k === "script" || k === "gatewaydev" || k === "model") j[k] = v;
    else if (k === "vifname") j.ifname = v;
    else if (k === "backend") j.backend_domname = v;
    else if (k === "mtu") j.mtu = Number(v);
    else if (k === "type") j.nictype = v === "ioemu" ? "vif_ioemu" : "vif";
    else if (k === "rate") {
      const m = /^(\d+)([KMG]?)([bB])\/s(?:@(\d+)(us|ms|s))?$/.exec(v);
      if (!m || Number(m[1]) === 0) fail(1, `invalid rate in \`${v}'`);
      const bps = Number(m[1]) * { "": 1, K: 1e3, M: 1e6, G: 1e9 }[m[2]] / (m[3] === "b" ? 8 : 1);
      const us = m[4] ? Number(m[4]) * { us: 1, ms: 1e3, s: 1e6 }[m[5]] : 50000;
      j.rate_bytes_per_interval = Math.floor(bps * us / 1e6);
      j.rate_interval_usecs = us;
    } else if (k === "trusted" || k === "untrusted") j.trusted = k === "trusted" ? "True" : "False";
    else fail(1, `unrecognized argument \`${item}'`);
  }
  if (!j.mac) j.mac = ["00", "16", "3e", ...crypto.randomBytes(3)].map((b) => (typeof b === "number" ? b.toString(16).padStart(2, "0") : b)).join(":");
  j.bridge ??= "xenbr0";
  j.script ??= "vif-bridge";
  j.nictype ??= "vif";
  return j;
}

function ownGuest(args, usage) {
  const rest = takeDomainArg(args, usage);
  if (rest.length < 2) fail(2, `Usage: xl ${usage}`);
  const state = loadState();
  const d = findDomain(state, rest[0], { cmd: usage.split(" ")[0] });
  if (d.domid === 0) fail(1, "fake xl (stand-in): no devices on Domain-0");
  d.disks ??= [];
  d.nics ??= [];
  return { state, d, rest: rest.slice(1) };
}

function xlBlockAttach(args) {
  const { state, d, rest } = ownGuest(args, "block-attach <Domain> <disk-spec-component(s)>...");
  const j = diskJson(rest.join(","), "command line: disk");
  if (d.disks.some((x) => x.vdev === j.vdev)) fail(1, `libxl: error: libxl_device.c: device ${j.vdev} already exists`);
  d.disks.push(j);
  saveState(state);
}

function xlBlockDetach(args) {
  const { state, d, rest } = ownGuest(args, "block-detach <Domain> <DevId>");
  const k = d.disks.findIndex((x) => x.vdev === rest[0]);
  if (k < 0) fail(1, `Error: Device ${rest[0]} not connected.`);
  d.disks.splice(k, 1);
  saveState(state);
}

function xlNetworkAttach(args) {
  const { state, d, rest } = ownGuest(args, "network-attach <Domain> [type=<type>] [mac=<mac>] [bridge=<bridge>] ...");
  const used = new Set(d.nics.map((n) => n.devid));
  let free = 0;
  while (used.has(free)) free++;
  const j = nicJson(rest, free);
  if (used.has(j.devid)) fail(1, `libxl: error: device vif ${j.devid} already exists`);
  d.nics.push(j);
  d.nics.sort((a, b) => a.devid - b.devid);
  saveState(state);
}

function xlNetworkDetach(args) {
  const { state, d, rest } = ownGuest(args, "network-detach <Domain> <DevId|mac>");
  const k = d.nics.findIndex((n) => String(n.devid) === rest[0] || n.mac === rest[0]);
  if (k < 0) fail(1, `Unrecognized device \`${rest[0]}'.`);
  d.nics.splice(k, 1);
  saveState(state);
}

function xlList(args) {
  let long = false;
  const which = [];
  for (const a of args) {
    if (a === "-l" || a === "--long") long = true;
    else if (a === "-v" || a === "--verbose" || a === "-Z" || a === "--context" || a === "-c" || a === "--cpupool" || a === "-n" || a === "--numa") {
      /* extra columns not modelled */
    } else if (a.startsWith("-")) fail(2, `xl list: option ${a} is not supported by the fake xl (stand-in)`);
    else which.push(a);
  }
  const facts = loadFacts();
  const state = loadState();
  const doms = which.length ? which.map((w) => findDomain(state, w)) : state.domains;
  if (long) {
    process.stdout.write(JSON.stringify(doms.filter((d) => !d.building).map((d) => longEntry(d, facts)), null, 4) + "\n");
    return;
  }
  let out = "Name                                        ID   Mem VCPUs\tState\tTime(s)\n";
  for (const d of doms) {
    const secs = d.domid === 0 ? 42.0 : Math.max(0, (Date.now() - d.created_at) / 1000) * 0.01;
    out += `${d.name.padEnd(40)} ${String(d.domid).padStart(5)} ${String(Math.floor(d.target_memkb / 1024)).padStart(5)} ${String(d.online_vcpus.length).padStart(5)}     ${d.state}  ${secs.toFixed(1).padStart(8)}\n`;
  }
  process.stdout.write(out);
}

// ---------------------------------------------------------------------------------------------
// xl info

function xlInfo() {
  const f = loadFacts();
  const state = loadState();
  const rows = [
    ["host", f.host],
    ["release", f.release],
    ["version", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.153-1 (2025-09-20)"],
    ["machine", f.machine],
    ["nr_cpus", f.nr_cpus],
    ["max_cpu_id", Math.max(f.nr_cpus - 1, 0)],
    ["nr_nodes", 1],
    ["cores_per_socket", 1],
    ["threads_per_core", 1],
    ...(f.isArm ? [] : [["cpu_mhz", "2994.374"]]),
    ["hw_caps", f.isArm ? "00000000:00000000:00000000:00000000:00000000:00000000:00000000:00000000" : "178bfbff:f6d8320b:2fd3fbff:000007f2:0000000f:219c07ab:0040060c:00000000"],
    ["virt_caps", f.virt_caps],
    ["total_memory", f.total_memory],
    ["free_memory", freeMemory(f, state)],
    ["sharing_freed_memory", 0],
    ["sharing_used_memory", 0],
    ["outstanding_claims", 0],
    ["free_cpus", 0],
    ["xen_major", f.xen_major],
    ["xen_minor", f.xen_minor],
    ["xen_extra", f.xen_extra],
    ["xen_version", f.xen_version],
    ["xen_caps", f.xen_caps],
    ["xen_scheduler", "credit2"],
    ["xen_pagesize", 4096],
    ["platform_params", f.isArm ? "virt_start=0x200000" : "virt_start=0xffff800000000000"],
    ["xen_changeset", ""],
    ["xen_commandline", f.xen_commandline],
    ["cc_compiler", "x86_64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0"],
    ["cc_compile_by", "pkg-xen-devel"],
    ["cc_compile_domain", "lists.alioth.debian.org"],
    ["cc_compile_date", "Thu Jan  1 00:00:00 UTC 2025"],
    ["build_id", "0000000000000000000000000000000000000000"],
    ["xend_config_format", 4],
  ];
  // real xl: printf("%-23s: %s\n", key, value)
  process.stdout.write(rows.map(([k, v]) => `${k.padEnd(23)}: ${v}\n`).join(""));
}

// ---------------------------------------------------------------------------------------------
// destroy / shutdown / mem-set / vcpu-set / domid / domname

function takeDomainArg(args, usage) {
  const rest = args.filter((a) => !a.startsWith("-"));
  if (rest.length < 1) fail(2, `Usage: xl ${usage}`);
  return rest;
}

function xlDestroy(args) {
  const force = args.includes("-f");
  const [which] = takeDomainArg(args, "destroy [-f] <Domain>");
  const state = loadState();
  const d = findDomain(state, which, { cmd: "destroy" });
  if (d.domid === 0 && !force) fail(1, "Refusing to destroy dom0 without -f.");
  if (d.domid === 0) fail(1, "libxl: error: fake xl (stand-in) will not destroy Domain-0");
  state.domains = state.domains.filter((x) => x !== d);
  saveState(state);
}

function xlShutdown(args) {
  const wait = args.includes("-w") || args.includes("--wait");
  const all = args.includes("-a") || args.includes("--all");
  const state = loadState();
  let targets;
  if (all) targets = state.domains.filter((d) => d.domid !== 0);
  else {
    const [which] = takeDomainArg(args, "shutdown [-a] [-w] [-F] <Domain>");
    const d = findDomain(state, which, { cmd: "shutdown" });
    if (d.domid === 0) fail(1, "libxl: error: fake xl (stand-in) will not shut down Domain-0");
    targets = [d];
  }
  for (const d of targets) process.stderr.write(`Shutting down domain ${d.domid}\n`);
  state.domains = state.domains.filter((x) => !targets.includes(x));
  saveState(state);
  if (wait && targets.length) {
    process.stderr.write(`Waiting for ${targets.length} domains\n`);
    for (const d of targets) process.stderr.write(`Domain ${d.domid} has been shut down, reason code 0\n`);
  }
}

/** xl's parse_mem_size_kb: a number with an optional t/g/m/k/b suffix; no suffix means MiB. */
function parseMemKb(s) {
  const m = /^(\d+)([tTgGmMkKbB]?)$/.exec(s);
  if (!m) return -1;
  const n = Number(m[1]);
  switch (m[2].toLowerCase()) {
    case "t": return n * 1024 * 1024 * 1024;
    case "g": return n * 1024 * 1024;
    case "": case "m": return n * 1024;
    case "k": return n;
    case "b": return Math.floor(n / 1024);
  }
  return -1;
}

function xlMemSet(args) {
  const rest = takeDomainArg(args, "mem-set <Domain> <Mem>");
  if (rest.length < 2) fail(2, "Usage: xl mem-set <Domain> <Mem>");
  const state = loadState();
  const d = findDomain(state, rest[0], { cmd: "mem-set" });
  const kb = parseMemKb(rest[1]);
  if (kb < 0) fail(1, `invalid memory size: ${rest[1]}`);
  if (kb > d.maxmem * 1024) {
    fail(
      1,
      `libxl: error: libxl_mem.c:275:libxl_set_memory_target: memory_dynamic_max must be less than or equal to memory_static_max`,
      `cannot set domid memory to : ${kb}`,
    );
  }
  d.target_memkb = kb;
  saveState(state);
}

function xlVcpuSet(args) {
  const ignoreHost = args.includes("-i") || args.includes("--ignore-host");
  const rest = takeDomainArg(args, "vcpu-set [-i] <Domain> <vCPUs>");
  if (rest.length < 2) fail(2, "Usage: xl vcpu-set [-i] <Domain> <vCPUs>");
  const n = Number(rest[1]);
  if (!/^\d+$/.test(rest[1]) || n < 1) fail(1, `Invalid argument: ${rest[1]}`);
  const facts = loadFacts();
  const state = loadState();
  const d = findDomain(state, rest[0], { cmd: "vcpu-set" });
  if (!ignoreHost && n > d.online_vcpus.length && n > facts.nr_cpus) {
    fail(1, `You are overcommmitting! You have ${facts.nr_cpus} physical CPUs and want ${n} vCPUs! Aborting, use --ignore-host to continue`);
  }
  if (n > d.maxvcpus) {
    fail(1, `libxl: error: libxl_domain.c:1789:libxl_set_vcpuonline: Domain ${d.domid}:Requested ${n} VCPUs, however maxcpus is ${d.maxvcpus}!: Function not implemented`);
  }
  d.online_vcpus = Array.from({ length: n }, (_, k) => k);
  d.vcpus = n;
  saveState(state);
}

function xlDomid(args) {
  const [which] = takeDomainArg(args, "domid <DomainName>");
  const d = loadState().domains.find((x) => x.name === which);
  if (!d) fail(1, `Can't get domid of domain name '${which}', maybe this domain does not exist.`);
  process.stdout.write(`${d.domid}\n`);
}

function xlDomname(args) {
  const [which] = takeDomainArg(args, "domname <DomainId>");
  const d = loadState().domains.find((x) => String(x.domid) === which);
  if (!d) fail(1, `Can't get domain name of domain id '${which}', maybe this domain does not exist.`);
  process.stdout.write(`${d.name}\n`);
}

function xl(argv) {
  let k = 0;
  while (k < argv.length && /^-[vNfFtTA]+$/.test(argv[k])) k++; // global options: accepted, ignored
  const cmd = argv[k];
  const args = argv.slice(k + 1);
  switch (cmd) {
    case "info": return xlInfo(args);
    case "create": return xlCreate(args);
    case "list": return xlList(args);
    case "destroy": return xlDestroy(args);
    case "shutdown": return xlShutdown(args);
    case "mem-set": return xlMemSet(args);
    case "vcpu-set": return xlVcpuSet(args);
    case "domid": return xlDomid(args);
    case "domname": return xlDomname(args);
    case "block-attach": return xlBlockAttach(args);
    case "block-detach": return xlBlockDetach(args);
    case "network-attach": return xlNetworkAttach(args);
    case "network-detach": return xlNetworkDetach(args);
    case undefined: return fail(2, "Usage xl [-vfNtT] <subcommand> [args]");
    default: return fail(1, `command not implemented (fake xl stand-in): ${cmd}`);
  }
}

// ---------------------------------------------------------------------------------------------
// xenstore-read

/**
 * The fault "fail-xenstore" (or the file xenstore-broken in the state directory, which can
 * stand beside another fault) stays until cleared: every xenstore tool fails, as with a
 * wedged xenstored. The fake xl itself does not depend on it.
 */
function xenstoreFault(tool) {
  if (readFault() === "fail-xenstore" || fs.existsSync(path.join(path.dirname(FAULT_FILE), "xenstore-broken"))) {
    fail(1, `${tool}: could not connect to the xenstore daemon (injected fault)`);
  }
}

function xenstoreRead(argv) {
  xenstoreFault("xenstore-read");
  const paths = argv.filter((a) => !a.startsWith("-"));
  if (!paths.length) fail(2, "Usage: xenstore-read [-h] [-p] [-s] key [...]");
  const facts = loadFacts();
  const state = loadState();
  let out = "";
  for (const p of paths) {
    let v = null;
    let m;
    if ((m = /^\/libxl\/(\d+)\/type$/.exec(p))) {
      // Domain-0 is not made by libxl: the fake keeps no /libxl/0 (assumed, not checked on a host)
      const d = state.domains.find((x) => x.domid === Number(m[1]) && x.domid !== 0);
      if (d && !d.building) v = d.effective_type;
    } else if ((m = /^\/local\/domain\/(\d+)\/(name|vm|domid|memory\/target|cpu\/(\d+)\/availability)$/.exec(p))) {
      const d = state.domains.find((x) => x.domid === Number(m[1]));
      if (d) {
        if (m[2] === "name") v = d.name;
        else if (m[2] === "vm") v = `/vm/${d.uuid}`;
        else if (m[2] === "domid") v = String(d.domid);
        else if (m[2] === "memory/target") v = String(d.target_memkb);
        else if (Number(m[3]) < d.maxvcpus) v = d.online_vcpus.includes(Number(m[3])) ? "online" : "offline";
      }
    }
    if (v === null) fail(1, `xenstore-read: couldn't read path ${p}`);
    out += v + "\n";
  }
  process.stdout.write(out);
}

/** xenstore-list: the children of the few directories xenstoreRead can answer under. */
function xenstoreList(argv) {
  xenstoreFault("xenstore-list");
  const paths = argv.filter((a) => !a.startsWith("-"));
  if (!paths.length) fail(2, "Usage: xenstore-list [-h] [-p] [-s] key [...]");
  const state = loadState();
  let out = "";
  for (const p of paths) {
    const q = p.replace(/\/+$/, "");
    let kids = null;
    let m;
    if (q === "/libxl") kids = state.domains.filter((d) => d.domid !== 0).map((d) => String(d.domid));
    else if (q === "/local/domain") kids = state.domains.map((d) => String(d.domid));
    else if ((m = /^\/libxl\/(\d+)$/.exec(q))) {
      if (state.domains.some((d) => d.domid === Number(m[1]) && d.domid !== 0)) kids = ["type"];
    } else if ((m = /^\/local\/domain\/(\d+)$/.exec(q))) {
      if (state.domains.some((d) => d.domid === Number(m[1]))) kids = ["vm", "name", "domid", "memory", "cpu"];
    }
    if (kids === null) fail(1, `xenstore-list: could not list path ${p}`);
    out += kids.map((k) => k + "\n").join("");
  }
  process.stdout.write(out);
}

// ---------------------------------------------------------------------------------------------
// A guest's network as seen from dom0: what its agent writes to xenstore, and dom0's neighbours
//
// The test writes guest-net.json in the state directory, by guest name:
//   { "<name>": { "after_ms": 1500,                      (nothing is there before, from the create)
//                 "agent": { "<devid>": { "ipv4": [...], "ipv6": [...] } },   (~/attr/vif/<devid>/ipv4/<n>)
//                 "raw": { "<path under ~/attr>": "<value>" },              (anything a guest may write)
//                 "no_attr": true,                                          (the guest removed ~/attr)
//                 "neigh": { "<devid>": ["<address>", ...] },                (dom0's neighbour entries for
//                 "neigh_after_ms": 1500 } }                                  the vif's MAC on its bridge)
// The neighbour entries are real ones: ns-session adds them to the session's own network namespace
// with `ip neigh replace` (see neigh-entries), so the provider reads them with the machine's ip.

function guestNet() {
  return readJson(path.join(STATE_DIR, "guest-net.json"), {});
}

/** xenstore-ls's escaping of a value (tools/xenstore/xs_lib.c sanitise_value): \t \n \r \\, \ooo below 010, \xhh else. */
function sanitise(v) {
  let out = "";
  for (const b of Buffer.from(v, "utf8")) {
    if (b >= 0x20 && b <= 0x7e && b !== 0x5c) out += String.fromCharCode(b);
    else if (b === 9) out += "\\t";
    else if (b === 10) out += "\\n";
    else if (b === 13) out += "\\r";
    else if (b === 0x5c) out += "\\\\";
    else if (b < 8) out += "\\" + b.toString(8).padStart(3, "0");
    else out += "\\x" + b.toString(16).padStart(2, "0");
  }
  return out;
}

/** The nodes under a guest's ~/attr: relative path → value (directories as ""). */
function attrNodes(d, net) {
  const nodes = new Map();
  const add = (rel, value) => {
    const parts = rel.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      if (!nodes.has(dir)) nodes.set(dir, "");
    }
    nodes.set(rel, value);
  };
  if (!net || Date.now() - d.created_at < (net.after_ms ?? 0)) return nodes;
  for (const [devid, a] of Object.entries(net.agent ?? {})) {
    for (const fam of ["ipv4", "ipv6"]) (a[fam] ?? []).forEach((addr, n) => add(`vif/${devid}/${fam}/${n}`, addr));
  }
  for (const [rel, value] of Object.entries(net.raw ?? {})) add(rel, value);
  return nodes;
}

/** xenstore-ls [-f] <path>...: only guests' /local/domain/<domid>/attr (and below), as real xenstore-ls prints them. */
function xenstoreLs(argv) {
  xenstoreFault("xenstore-ls");
  const flat = argv.includes("-f");
  const paths = argv.filter((a) => !a.startsWith("-"));
  const state = loadState();
  const net = guestNet();
  let out = "";
  for (const p of paths) {
    const m = /^\/local\/domain\/(\d+)\/attr((?:\/[A-Za-z0-9_@-]+)*)\/?$/.exec(p);
    const d = m && state.domains.find((x) => x.domid === Number(m[1]) && x.domid !== 0 && !x.building);
    const g = d && net[d.name];
    const nodes = d && !(g && g.no_attr) ? attrNodes(d, g) : null;
    const sub = m ? m[2].replace(/^\//, "") : "";
    if (!nodes || (sub && !nodes.has(sub))) {
      process.stdout.write(out);
      fail(1, `xenstore-ls: xs_directory (${p}): No such file or directory`);
    }
    const base = `/local/domain/${d.domid}/attr`;
    const under = [...nodes.keys()].filter((k) => !sub || k.startsWith(`${sub}/`)).sort();
    for (const k of under) {
      const v = nodes.get(k);
      out += flat ? `${base}/${k} = "${sanitise(v)}"\n` : `${" ".repeat(k.split("/").length - 1 - (sub ? sub.split("/").length : 0))}${k.split("/").pop()} = "${sanitise(v)}"\n`;
    }
  }
  process.stdout.write(out);
}

/** For ns-session: "<address> <mac> <bridge>" for each neighbour entry guest-net.json gives a running guest. */
function neighEntries() {
  const state = loadState();
  const net = guestNet();
  let out = "";
  for (const d of state.domains) {
    const g = net[d.name];
    if (!g || d.domid === 0 || Date.now() - d.created_at < (g.neigh_after_ms ?? 0)) continue;
    for (const [devid, addrs] of Object.entries(g.neigh ?? {})) {
      const nic = (d.nics ?? []).find((n) => n.devid === Number(devid));
      if (!nic) continue;
      for (const a of addrs) out += `${a} ${nic.mac} ${nic.bridge ?? "xenbr0"}\n`;
    }
  }
  process.stdout.write(out);
}

// ---------------------------------------------------------------------------------------------

function main() {
  const [tool, ...rest] = process.argv.slice(2);
  try {
    if (tool === "xl") xl(rest);
    else if (tool === "xenstore-read") xenstoreRead(rest);
    else if (tool === "xenstore-list") xenstoreList(rest);
    else if (tool === "xenstore-ls") xenstoreLs(rest);
    else if (tool === "neigh-entries") neighEntries();
    else if (tool === "finish-create") finishCreate(rest[0]);
    else if (tool === "init") {
      if (!fs.existsSync(STATE_FILE)) saveState(loadState());
    } else fail(2, `fake-xen: unknown tool ${tool}`);
  } catch (e) {
    if (e instanceof Exit) {
      process.exitCode = e.code;
      return;
    }
    process.stderr.write(`fake-xen (stand-in) internal error: ${e && e.stack}\n`);
    process.exitCode = 99;
  }
}
main();
