# shellcheck shell=bash
# Building a test host's artifacts from Debian packages. Sourced by testhost.sh.
#
# Everything lands in $CACHE_ROOT (default ~/.cache/cdktf-xen/testhost):
#   keys/                 client key (id_ed25519) and dom0 host key, made once
#   apt/<suite>-<arch>/   a private apt configuration + package lists for the target
#   debs/<suite>-<arch>/  downloaded .deb files (kept; named by version)
#   <HOST>/               xen, vmlinuz, initrd.img (dom0), virt.dtb (Arm), inputs.txt,
#                         inputs.sha256, build.log
# A host is rebuilt only when the sha256 of its inputs changes: resolved package versions,
# QEMU version, boot arguments, keys, and the content of lib/build.sh, files/dom0-*,
# files/guest-* and hosts/<HOST>.conf (see compute_inputs; inputs.txt lists them).

# Packages whose dependencies are not followed into dom0 (maintainer-script and
# system-integration dependencies that a busybox initramfs does not need).
EXCLUDE_RE='^(python3.*|perl.*|libperl.*|debconf.*|debconf-2.0|udev|systemd.*|libsystemd.*|ucf|sysvinit-utils|lsb-base|adduser|init-system-helpers|dpkg|install-info|libc-bin|linux-base|kmod|initramfs-tools.*|busybox|bridge-utils|xen-hypervisor.*|base-files|base-passwd|mount|util-linux.*|iproute2|ifupdown|netbase|tzdata|sensible-utils|usr-is-merged|usrmerge)$'

# Files taken alone from a package, "package:path[:destination]" (paths without the
# leading /; usr/sbin/x also finds sbin/x): busybox in Debian has no flock applet; Xen's
# hotplug scripts are written against coreutils' stat (locking.sh, block) and util-linux's
# losetup (block: `losetup -h | grep read-only` decides whether an ro disk gets a read-only
# loop device; its sharing check parses `losetup -a`), as on a real Debian dom0.
# COMMON_SEEDS: their libraries, and lvm2 (real LVM for xen_volume's volume groups: lvm,
# dmsetup and libdevmapper; run without udev, see the lvm.conf written below; lvm links
# libsystemd0, which EXCLUDE_RE keeps out of the dependencies).
COMMON_PICKS="util-linux:usr/bin/flock coreutils:usr/bin/stat mount:usr/sbin/losetup"
COMMON_SEEDS="libselinux1 libsmartcols1 lvm2 libsystemd0"

# --------------------------------------------------------------------- host tools
ensure_host_tools() { # the Debian packages the build and the run need on this machine
  # The list is scripts/host-packages.txt (groups testhost and testhost-<arch>), shared with
  # scripts/setup.sh; pkg_ensure installs only the missing ones (apt-get update once on failure).
  # shellcheck source=../../scripts/lib/packages.sh
  source "$TESTHOST_DIR/../scripts/lib/packages.sh" || die "no scripts/lib/packages.sh"
  local group names
  case $MACHINE in
    aarch64) group=testhost-arm ;;
    x86_64)  group=testhost-x86 ;;
  esac
  names=$(pkg_names testhost "$group" ${XEN_SOURCE_TAG:+testhost-xen-src}) || die "bad package list $PKG_LIST_FILE"
  # shellcheck disable=SC2086
  pkg_ensure $names "$QEMU_PKG" ${HOST_EXTRA_TOOLS:-} || die "could not install the host packages"
}

# --------------------------------------------------------------------- keys
ensure_keys() { # client key and dom0 host key: generated once, then reused forever
  local k="$CACHE_ROOT/keys"
  mkdir -p "$k"; chmod 700 "$k"
  if [[ ! -s $k/id_ed25519 || ! -s $k/id_ed25519.pub ]]; then
    log "generating client key $k/id_ed25519"
    rm -f "$k/id_ed25519" "$k/id_ed25519.pub"
    ssh-keygen -q -t ed25519 -N '' -C "cdktf-xen-testhost" -f "$k/id_ed25519" </dev/null >&2
  fi
  chmod 600 "$k/id_ed25519"
  if [[ ! -s $k/dropbear_ed25519_host_key ]]; then
    log "generating dom0 host key $k/dropbear_ed25519_host_key"
    dropbearkey -t ed25519 -f "$k/dropbear_ed25519_host_key.tmp" >/dev/null 2>&1 \
      || die "dropbearkey failed"
    mv "$k/dropbear_ed25519_host_key.tmp" "$k/dropbear_ed25519_host_key"
    rm -f "$k/host_key.pub"
  fi
  chmod 600 "$k/dropbear_ed25519_host_key"
  if [[ ! -s $k/host_key.pub ]]; then
    dropbearkey -y -f "$k/dropbear_ed25519_host_key" 2>/dev/null \
      | awk '/^ssh-ed25519 /{print $1, $2; exit}' >"$k/host_key.pub"
    [[ -s $k/host_key.pub ]] || die "could not read the public host key"
  fi
}

# --------------------------------------------------------------------- private apt
# One apt configuration per (suite, arch), independent of the system's apt: its own
# sources, lists, status and cache. The system's sources and dpkg architectures stay as they are.
APT_DIR=""
aptc() { APT_CONFIG="$APT_DIR/apt.conf" apt-cache "$@"; }
aptg() { APT_CONFIG="$APT_DIR/apt.conf" apt-get "$@"; }

ensure_apt() {
  APT_DIR="$CACHE_ROOT/apt/$SUITE-$DEB_ARCH"
  local d=$APT_DIR mirror="${TESTHOST_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
  local secmirror="${TESTHOST_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  mkdir -p "$d"/{etc/apt.conf.d,etc/preferences.d,etc/trusted.gpg.d,state/lists/partial,cache/archives/partial,log}
  [[ -e $d/status ]] || : >"$d/status"
  local conf
  conf=$(cat <<EOF
Dir::State "$d/state";
Dir::State::status "$d/status";
Dir::Cache "$d/cache";
Dir::Etc "$d/etc";
Dir::Log "$d/log";
APT::Architecture "$DEB_ARCH";
APT::Architectures { "$DEB_ARCH"; };
APT::Sandbox::User "root";
Dir::Cache::srcpkgcache "";
Acquire::Languages "none";
Acquire::Check-Valid-Until "false";
Acquire::IndexTargets::deb::Contents-deb::DefaultEnabled "false";
EOF
)
  local sources
  sources=$(cat <<EOF
deb [signed-by=$keyring] $mirror $SUITE main
deb [signed-by=$keyring] $mirror $SUITE-updates main
deb [signed-by=$keyring] $secmirror $SUITE-security main
EOF
)
  local changed=0
  rm -f "$d/cache/srcpkgcache.bin"
  [[ -f $d/apt.conf && $(cat "$d/apt.conf") == "$conf" ]] || { printf '%s\n' "$conf" >"$d/apt.conf"; changed=1; }
  [[ -f $d/etc/sources.list && $(cat "$d/etc/sources.list") == "$sources" ]] \
    || { printf '%s\n' "$sources" >"$d/etc/sources.list"; changed=1; }
  local stamp=$d/last-update age=999999999
  [[ -f $stamp ]] && age=$(( $(date +%s) - $(stat -c %Y "$stamp") ))
  if (( changed )) || [[ ${TESTHOST_APT_UPDATE:-} == 1 ]] || \
     { [[ ${TESTHOST_OFFLINE:-} != 1 ]] && (( age > ${TESTHOST_APT_MAX_AGE:-86400} )); }; then
    log "apt-get update ($SUITE, $DEB_ARCH; private config $d)"
    if aptg update >"$d/log/update.log" 2>&1; then
      touch "$stamp"
    elif [[ -f $stamp ]]; then
      log "warning: apt-get update failed (see $d/log/update.log); using the lists from $(date -r "$stamp")"
    else
      tail -n 20 "$d/log/update.log" >&2; die "apt-get update for $SUITE/$DEB_ARCH failed"
    fi
  fi
}

# resolve_pkgs SEED... -> lines "name version" for the seeds and their Depends/Pre-Depends,
# skipping EXCLUDE_RE. Alternatives: the first one not excluded.
resolve_pkgs() {
  local -A queued=()
  local queue=("$@") next=() out err p kind a b alt chosen
  for p in "${queue[@]}"; do queued[$p]=1; done
  err=$(mktemp)
  while ((${#queue[@]})); do
    out=$(aptc show --no-all-versions "${queue[@]}" 2>"$err") || true
    local -A found=()
    next=()
    while read -r kind a b; do
      case $kind in
        P) [[ -n ${found[$a]:-} ]] && continue; found[$a]=1; echo "$a $b" ;;
        D) chosen=""
           IFS='|' read -r -a alts <<<"$a"
           for alt in "${alts[@]}"; do
             [[ $alt =~ $EXCLUDE_RE ]] && continue
             [[ -n ${EXTRA_EXCLUDE_RE:-} && $alt =~ $EXTRA_EXCLUDE_RE ]] && continue
             chosen=$alt; break
           done
           [[ -z $chosen || -n ${queued[$chosen]:-} ]] && continue
           queued[$chosen]=1; next+=("$chosen") ;;
      esac
    done < <(awk '
      /^Package: /{pkg=$2}
      /^Version: /{ver=$2}
      /^(Depends|Pre-Depends): /{
        sub(/^[^:]*: /,""); n=split($0,g,/, /)
        for(i=1;i<=n;i++){s=g[i]; gsub(/\([^)]*\)/,"",s); gsub(/:[a-z0-9]+/,"",s); gsub(/ /,"",s); print "D", s}
      }
      /^$/{ if(pkg!="") print "P", pkg, ver; pkg="" }
      END{ if(pkg!="") print "P", pkg, ver }' <<<"$out")
    for p in "${queue[@]}"; do
      [[ -n ${found[$p]:-} ]] || { cat "$err" >&2; rm -f "$err"; die "package $p not found for $SUITE/$DEB_ARCH (virtual or missing?)"; }
    done
    unset found
    queue=("${next[@]}")
  done
  rm -f "$err"
}

tver() { awk -v n="$1" '$1==n{print $2; exit}' <<<"$TARGET_PKGS"; } # resolved version
pkg_version() { aptc show --no-all-versions "$1" 2>/dev/null | awk '/^Version: /{print $2; exit}'; }
kernel_pkg() { # linux-image-arm64 -> linux-image-6.1.0-56-arm64
  aptc show --no-all-versions "$1" 2>/dev/null \
    | awk '/^Depends: /{sub(/^Depends: /,""); split($0,a,/[ ,(|]/); print a[1]; exit}'
}

# deb_file NAME VERSION -> path of the downloaded .deb (downloads the missing ones first
# through fetch_debs)
deb_glob() { local v=${2//:/%3a}; echo "$DEBS_DIR/${1}_${v}_"; }
deb_file() {
  local f; f=$(compgen -G "$(deb_glob "$1" "$2")*.deb" | head -n1)
  [[ -n $f ]] || die "missing .deb for $1 $2"
  echo "$f"
}
fetch_debs() { # stdin: "name version" lines
  local missing=() n v
  while read -r n v; do
    [[ -n $n ]] || continue
    compgen -G "$(deb_glob "$n" "$v")*.deb" >/dev/null || missing+=("$n=$v")
  done
  ((${#missing[@]})) || return 0
  log "downloading ${#missing[@]} packages into $DEBS_DIR"
  (cd "$DEBS_DIR" && aptg download "${missing[@]}") >"$DEBS_DIR/download.log" 2>&1 \
    || { tail -n 20 "$DEBS_DIR/download.log" >&2; die "apt-get download failed"; }
}

# --------------------------------------------------------------------- inputs
compute_inputs() { # sets TARGET_PKGS ("name version" lines), KERNEL_PKG, INPUTS_TXT, INPUTS_SHA
  PICK_PKGS=$(for p in $COMMON_PICKS $PICKS; do echo "${p%%:*}"; done | sort -u | tr '\n' ' ')
  # resolving takes a dozen apt-cache runs: keep the result while the package lists and
  # the package choices stay the same
  local rkey rdir="$APT_DIR/resolved"
  rkey=$( { stat -c '%n %s %Y' "$APT_DIR"/state/lists/*Release 2>/dev/null; cat "$APT_DIR/apt.conf"
            echo "$USERLAND_SEEDS|$DOM0_EXTRA_SEEDS|$COMMON_SEEDS|$EXCLUDE_RE|${EXTRA_EXCLUDE_RE:-}|$HYP_PKG|$KERNEL_META|$PICK_PKGS"
            sha256sum "$TESTHOST_DIR/lib/build.sh"; } | sha256sum | cut -d' ' -f1)
  if [[ -f $rdir/$HOST.txt && $(head -n1 "$rdir/$HOST.txt") == "$rkey" ]]; then
    KERNEL_PKG=$(sed -n 2p "$rdir/$HOST.txt")
    TARGET_PKGS=$(tail -n +3 "$rdir/$HOST.txt")
  else
    KERNEL_PKG=$(kernel_pkg "$KERNEL_META")
    [[ -n $KERNEL_PKG ]] || die "could not resolve $KERNEL_META for $SUITE/$DEB_ARCH"
    local userland extra="" p
    userland=$(resolve_pkgs $USERLAND_SEEDS $DOM0_EXTRA_SEEDS $COMMON_SEEDS | LC_ALL=C sort -u) || exit 1
    for p in $HYP_PKG $KERNEL_PKG $PICK_PKGS; do extra+="$p $(pkg_version "$p")"$'\n'; done
    TARGET_PKGS=$(printf '%s\n%s' "$userland" "$extra" | sed '/^$/d' | LC_ALL=C sort -u)
    if awk 'NF<2' <<<"$TARGET_PKGS" | grep -q .; then die "no version for: $(awk 'NF<2' <<<"$TARGET_PKGS" | tr '\n' ' ')"; fi
    mkdir -p "$rdir"
    printf '%s\n%s\n%s\n' "$rkey" "$KERNEL_PKG" "$TARGET_PKGS" >"$rdir/$HOST.txt"
  fi
  local scripts
  # the files that shape the artifacts (not the CLI, the README or the check script)
  scripts=$(cd "$TESTHOST_DIR" && sha256sum lib/build.sh files/dom0-* files/guest-* "hosts/$HOST.conf")
  INPUTS_TXT=$(cat <<EOF
host: $HOST
suite: $SUITE/$DEB_ARCH
kernel: $KERNEL_PKG
qemu: $("$QEMU_BIN" --version | head -n1)
machine: $(qemu_machine_args)
xen bootargs: $XEN_BOOTARGS
dom0 bootargs: $DOM0_BOOTARGS
load addresses: ${DOM0_KERNEL_ADDR:-} ${DOM0_INITRD_ADDR:-}
xen from source: ${XEN_SOURCE_ID:-no}
host key: $(cat "$CACHE_ROOT/keys/host_key.pub")
client key: $(awk '{print $1, $2}' "$CACHE_ROOT/keys/id_ed25519.pub")
== packages
$TARGET_PKGS
== scripts
$scripts
EOF
)
  INPUTS_SHA=$(sha256sum <<<"$INPUTS_TXT" | cut -d' ' -f1)
}

# --------------------------------------------------------------------- Xen from source
# A host whose conf sets XEN_SOURCE_TAG runs Xen (hypervisor and tools) built from that tag of
# Xen's repository, for the releases Debian does not ship. TESTHOST_XEN_GIT names a clone that
# has the tag (no download here: the machine may not reach Xen's git). The build is kept in
# $CACHE_ROOT/xen-src/<tag>/ by what made it (the tag's commit, the configure arguments, the
# build recipe): a host rebuild or a new Debian kernel does not build Xen again.
# No stub domains, OCaml tools or docs; the device model path points at nothing in dom0 (the
# hosts have none for this Xen: HVM guests are parsed by xl -N, not created).
XEN_SRC_CONFIGURE="--prefix=/usr --disable-stubdom --disable-ocamltools --disable-docs --with-system-qemu=/usr/lib/xen/bin/qemu-system-i386 --with-system-seabios=/usr/share/seabios/bios.bin"

ensure_xen_source() { # sets XEN_INSTALL (the installed tree) and XEN_SOURCE_ID
  local git=${TESTHOST_XEN_GIT:-} commit dir=$CACHE_ROOT/xen-src/$XEN_SOURCE_TAG
  if [[ -z $git ]]; then
    [[ -s $dir/id.txt && -d $dir/install ]] \
      || die "$HOST runs Xen built from source: set TESTHOST_XEN_GIT to a clone of Xen's repository with the tag $XEN_SOURCE_TAG (git clone https://xenbits.xen.org/git-http/xen.git)"
    XEN_INSTALL=$dir/install XEN_SOURCE_ID=$(cat "$dir/id.txt") # built before; the clone is gone
    log "Xen $XEN_SOURCE_TAG: the build in $dir (no TESTHOST_XEN_GIT to check it against)"
    return 0
  fi
  commit=$(git -C "$git" rev-parse --verify --quiet "$XEN_SOURCE_TAG^{commit}") \
    || die "TESTHOST_XEN_GIT=$git has no tag $XEN_SOURCE_TAG"
  XEN_SOURCE_ID="$XEN_SOURCE_TAG $commit $( { echo "$XEN_SRC_CONFIGURE"; declare -f build_xen_source; } | sha256sum | cut -c1-16)"
  XEN_INSTALL=$dir/install
  if [[ -d $dir/install && $(cat "$dir/id.txt" 2>/dev/null) == "$XEN_SOURCE_ID" ]]; then
    log "Xen $XEN_SOURCE_TAG: built before ($dir)"; return 0
  fi
  local t0=$SECONDS work=$dir.work
  log "building Xen $XEN_SOURCE_TAG ($commit) from source into $dir: 3-4 minutes on 2 idle cores"
  rm -rf "$work"; mkdir -p "$work"
  build_xen_source "$git" "$commit" "$work" >"$work.log" 2>&1 \
    || { tail -n 30 "$work.log" >&2; die "building Xen $XEN_SOURCE_TAG failed (log: $work.log)"; }
  rm -rf "$dir"; mkdir -p "$dir"
  mv "$work/install" "$dir/install"; mv "$work.log" "$dir/build.log"; rm -rf "$work"
  echo "$XEN_SOURCE_ID" >"$dir/id.txt"
  log "built Xen $XEN_SOURCE_TAG in $((SECONDS - t0)) s ($(du -sh "$dir/install" | cut -f1) installed)"
}

build_xen_source() ( # GIT COMMIT WORK -> WORK/install: what `make dist` installs, trimmed for dom0
  set -euo pipefail
  local git=$1 commit=$2 work=$3 src=$3/src
  mkdir -p "$src"
  git -C "$git" archive --format=tar "$commit" | tar -x -C "$src"
  cd "$src"
  # a clean environment: Debian's compilers and Python, nothing a developer's PATH adds
  export PATH=/usr/sbin:/usr/bin:/sbin:/bin PYTHON=/usr/bin/python3
  # shellcheck disable=SC2086
  sh ./configure $XEN_SRC_CONFIGURE # autoconf's sh script
  make -j"$(nproc)" dist-xen dist-tools
  local i=$src/dist/install
  # dom0 needs the programs, libraries, hotplug scripts and the hypervisor; not headers,
  # static libraries, debug files, init scripts (dom0's rc starts the daemons) or Python (no
  # Python in dom0: pygrub goes)
  rm -rf "$i"/usr/include "$i"/usr/lib/pkgconfig "$i"/usr/lib/debug "$i"/usr/share \
         "$i"/etc/init.d "$i"/etc/default "$i"/etc/bash_completion.d "$i"/usr/lib/python3* \
         "$i"/usr/local "$i"/usr/lib/xen/bin/pygrub "$i"/usr/bin/pygrub
  find "$i" -name '*.a' -delete
  find "$i/usr" -type f -perm -u+x -exec sh -c 'for f; do case $(head -c4 "$f") in *ELF*) strip --strip-unneeded "$f";; esac; done' sh {} +
  find "$i/usr/lib" -maxdepth 1 -name 'lib*.so*' -type f -exec strip --strip-unneeded {} +
  [[ -s $i/boot/xen.gz && -x $i/usr/sbin/xl ]] || { echo "no xen.gz or xl in $i"; exit 1; }
  mv "$i" "$work/install"
)

# --------------------------------------------------------------------- build
ensure_built() {
  ensure_host_tools
  ensure_keys
  ensure_apt
  DEBS_DIR="$CACHE_ROOT/debs/$SUITE-$DEB_ARCH"; mkdir -p "$DEBS_DIR"
  [[ -z ${XEN_SOURCE_TAG:-} ]] || ensure_xen_source
  compute_inputs
  local out="$CACHE_ROOT/$HOST"
  if [[ -f $out/inputs.sha256 && $(cat "$out/inputs.sha256") == "$INPUTS_SHA" ]] && artifacts_present "$out"; then
    log "artifacts up to date in $out (inputs $INPUTS_SHA)"
    return 0
  fi
  local t0=$SECONDS
  log "building $HOST into $out (inputs $INPUTS_SHA)"
  fetch_debs <<<"$TARGET_PKGS"
  local work="$CACHE_ROOT/.work-$HOST"
  rm -rf "$work" "$out.new"; mkdir -p "$work" "$out.new"
  build_artifacts "$work" "$out.new" 2>&1 | tee "$out.new/build.log.tmp" | sed 's/^/[build] /' >&2
  [[ ${PIPESTATUS[0]} == 0 ]] || die "build of $HOST failed (see $out.new/build.log.tmp)"
  mv "$out.new/build.log.tmp" "$out.new/build.log"
  printf '%s\n' "$INPUTS_TXT" >"$out.new/inputs.txt"
  echo "$INPUTS_SHA" >"$out.new/inputs.sha256"
  rm -rf "$out.old"; [[ -d $out ]] && mv "$out" "$out.old"
  mv "$out.new" "$out"; rm -rf "$out.old" "$work"
  log "built $HOST in $((SECONDS - t0)) s"
}

artifacts_present() {
  local f
  for f in xen vmlinuz initrd.img $( [[ $MACHINE == aarch64 ]] && echo virt.dtb ); do
    [[ -s $1/$f ]] || return 1
  done
}

# build_artifacts WORK OUT   (runs in a subshell: set -e is safe here)
build_artifacts() (
  set -euo pipefail
  trap 'echo "build step failed (lib/build.sh line $LINENO): $BASH_COMMAND"' ERR
  local work=$1 out=$2 n v f
  local root=$work/root kx=$work/kernel hx=$work/hyp
  mkdir -p "$root" "$kx" "$hx"

  # -- hypervisor: Debian's package, or the one built from Xen's source (ensure_xen_source)
  if [[ -n ${XEN_SOURCE_TAG:-} ]]; then
    gzip -dc "$XEN_INSTALL/boot/xen.gz" >"$out/xen"
    echo "hypervisor: $XEN_SOURCE_TAG from source ($(stat -c %s "$out/xen") bytes)"
  else
    dpkg -x "$(deb_file "$HYP_PKG" "$(tver "$HYP_PKG")")" "$hx"
    [[ -f $hx/$HYP_FILE ]] || { echo "no $HYP_FILE in $HYP_PKG"; exit 1; }
    case $HYP_FILE in
      *.gz) gzip -dc "$hx/$HYP_FILE" >"$out/xen" ;;
      *)    cp "$hx/$HYP_FILE" "$out/xen" ;;
    esac
    echo "hypervisor: $HYP_FILE ($(stat -c %s "$out/xen") bytes)"
  fi

  # -- kernel
  dpkg -x "$(deb_file "$KERNEL_PKG" "$(tver "$KERNEL_PKG")")" "$kx"
  local kimg kver moddir
  kimg=$(ls "$kx"/boot/vmlinuz-* | head -n1)
  kver=${kimg##*/vmlinuz-}
  moddir=$(ls -d "$kx"/lib/modules/"$kver" "$kx"/usr/lib/modules/"$kver" 2>/dev/null | head -n1 || true)
  [[ -d $moddir ]] || { echo "no modules for $kver"; exit 1; }
  if [[ ! -s $moddir/modules.dep ]]; then # Debian runs depmod at install time: do it here
    [[ -e $kx/lib/modules/$kver ]] || { mkdir -p "$kx/lib/modules"; ln -sfn "$moddir" "$kx/lib/modules/$kver"; }
    depmod -b "$kx" "$kver"
  fi
  if [[ $MACHINE == aarch64 ]] && gzip -t "$kimg" 2>/dev/null; then
    gzip -dc "$kimg" >"$out/vmlinuz"
  else
    cp "$kimg" "$out/vmlinuz"
  fi
  echo "kernel: $kver ($(stat -c %s "$out/vmlinuz") bytes)"

  # -- dom0 userland: unpack, then normalise to a merged-/usr layout
  while read -r n v; do
    [[ $n == "$HYP_PKG" || $n == "$KERNEL_PKG" ]] && continue
    [[ " $PICK_PKGS " == *" $n "* ]] && continue
    dpkg -x "$(deb_file "$n" "$v")" "$root"
  done <<<"$TARGET_PKGS"
  mkdir -p "$root/usr"
  local d
  for d in bin sbin lib lib64; do
    if [[ -d $root/$d && ! -L $root/$d ]]; then
      mkdir -p "$root/usr/$d"; cp -a "$root/$d/." "$root/usr/$d/"; rm -rf "${root:?}/$d"
    fi
    [[ -e $root/usr/$d || $d == lib64 ]] || mkdir -p "$root/usr/$d"
    [[ -e $root/usr/$d ]] && ln -sfn "usr/$d" "$root/$d"
  done
  rm -rf "$root"/usr/share/{doc,man,info,locale,lintian,bug,bash-completion,python3} \
         "$root"/usr/lib/xen-*/lib/python "$root"/usr/lib/*-linux-gnu/gconv \
         "$root"/usr/include "$root"/etc/init.d "$root"/etc/default
  find "$root" \( -name '*.a' -o -name '*.pc' \) -delete
  if [[ -d $root/usr/share/qemu ]]; then # the device model needs only the x86 option ROMs
    find "$root/usr/share/qemu" -mindepth 1 -maxdepth 1 ! -name 'linuxboot*' ! -name kvmvapic.bin \
      ! -name 'vgabios*' ! -name 'bios*' ! -name 'pvh.bin' ! -name 'multiboot*' ! -name keymaps \
      ! -name 'efi-*' ! -name 'pxe-*' -exec rm -rf {} +
  fi
  rm -rf "$root"/usr/share/icons "$root"/usr/share/applications "$root"/usr/lib/*-linux-gnu/gstreamer1.0/gstreamer-1.0

  # xen tools: direct links (Debian's /usr/sbin wrappers need /sys/hypervisor and more); built
  # from source, they are installed over the userland as `make install` lays them out (xl in
  # /usr/sbin, libraries in /usr/lib, hotplug scripts in /etc/xen/scripts)
  local xbin
  if [[ -n ${XEN_SOURCE_TAG:-} ]]; then
    cp -a "$XEN_INSTALL/." "$root/"
    rm -rf "$root/boot"
    ln -sfn /usr/lib/xen/bin/xen-init-dom0 "$root/usr/sbin/xen-init-dom0"
  else
    xbin=$(ls -d "$root"/usr/lib/xen-"$XEN_SERIES"/bin)
    for f in "$xbin"/*; do ln -sfn "/usr/lib/xen-$XEN_SERIES/bin/${f##*/}" "$root/usr/sbin/${f##*/}"; done
  fi
  [[ -x $root/usr/bin/busybox ]] || { echo "busybox missing"; exit 1; }
  ln -sfn busybox "$root/usr/bin/sh"
  ln -sfn usr/bin/busybox "$root/init"

  # kernel modules with their dependencies, decompressed, in load order
  mkdir -p "$root/etc/testhost"
  install_modules "$moddir" "$kver" "$root" "$root/etc/testhost/modules.load" $DOM0_MODULES
  echo "dom0 modules: $(tr '\n' ' ' <"$root/etc/testhost/modules.load")"

  # configuration files
  mkdir -p "$root"/{etc/dropbear,root/.ssh,proc,sys,dev,run,tmp,var/log/xen/console,var/lib/xen,var/lib/xen-guests,etc/xen}
  rm -rf "$root/var/run"; ln -sfn ../run "$root/var/run"
  cat >"$root/etc/passwd" <<EOF
root:x:0:0:root:/root:/bin/sh
sshd:x:100:65534::/run/sshd:/bin/false
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
  printf 'root:x:0:\ntty:x:5:\nnogroup:x:65534:\n' >"$root/etc/group"
  printf 'root:testhost-no-password-login:19000:0:99999:7:::\n' >"$root/etc/shadow"; chmod 600 "$root/etc/shadow"
  printf '/bin/sh\n' >"$root/etc/shells"
  echo "xen-$HOST" >"$root/etc/hostname"
  printf '127.0.0.1 localhost xen-%s\n' "$HOST" >"$root/etc/hosts"
  install -m 644 "$TESTHOST_DIR/files/dom0-inittab" "$root/etc/inittab"
  install -m 755 "$TESTHOST_DIR/files/dom0-rc" "$root/etc/testhost/rc"
  install -m 600 "$CACHE_ROOT/keys/dropbear_ed25519_host_key" "$root/etc/dropbear/dropbear_ed25519_host_key"
  chmod 700 "$root/root" "$root/root/.ssh"
  install -m 600 "$CACHE_ROOT/keys/id_ed25519.pub" "$root/root/.ssh/authorized_keys"
  echo "$HOST" >"$root/etc/testhost/name"
  # LVM without udev or systemd: libdevmapper makes the /dev nodes and the /dev/VG/LV links
  # itself instead of waiting for udev; no lvmetad, dmeventd monitoring, lvmlockd or devices
  # file; every block device under /dev is scanned (files/dom0-rc makes the volume group).
  # issue_discards: a removed LV's blocks are discarded, and the loop device punches them out
  # of the volume group's file, whose written blocks are dom0 memory.
  mkdir -p "$root/etc/lvm"
  cat >"$root/etc/lvm/lvm.conf" <<'EOF'
# testhost dom0 (lib/build.sh): no udev, no systemd
devices { use_devicesfile = 0 obtain_device_list_from_udev = 0 external_device_info_source = "none" issue_discards = 1 }
activation { udev_sync = 0 udev_rules = 0 verify_udev_operations = 0 monitoring = 0 }
global { use_lvmlockd = 0 event_activation = 0 }
EOF
  [[ -e $root/dev/console ]] || mknod -m 600 "$root/dev/console" c 5 1
  [[ -e $root/dev/null ]] || mknod -m 666 "$root/dev/null" c 1 3

  # the guest images
  cp "$out/vmlinuz" "$root/var/lib/xen-guests/vmlinuz"
  build_guest_initrd "$root/usr/bin/busybox" "$root/var/lib/xen-guests/initrd.img" "$work/guest" "$moddir" "$kver"
  # single files taken from packages whose dependencies are not wanted (PICKS)
  local pick pkg src dst
  for pick in $COMMON_PICKS $PICKS; do
    IFS=: read -r pkg src dst <<<"$pick"
    mkdir -p "$work/pick"
    [[ -d $work/pick/$pkg ]] || dpkg -x "$(deb_file "$pkg" "$(tver "$pkg")")" "$work/pick/$pkg"
    dst=${dst:-$src}
    # usr/sbin/x also finds sbin/x: bookworm's packages still ship /bin and /sbin, trixie's /usr
    [[ -f $work/pick/$pkg/$src || ! -f $work/pick/$pkg/${src#usr/} ]] || src=${src#usr/}
    [[ -f $work/pick/$pkg/$src ]] || { echo "no $src in $pkg"; exit 1; }
    mkdir -p "$(dirname "$root/$dst")"
    cp "$work/pick/$pkg/$src" "$root/$dst"
    echo "picked $pkg:/$src -> /$dst"
  done

  check_elf_deps "$root"

  # dom0 initramfs (uncompressed: no decompression under TCG)
  (cd "$root" && find . -mindepth 1 | LC_ALL=C sort | cpio -o -H newc -R 0:0 --reproducible --quiet) >"$out/initrd.img"
  echo "dom0 initramfs: $(stat -c %s "$out/initrd.img") bytes, $(du -sh "$root" | cut -f1) unpacked"

  if [[ $MACHINE == aarch64 ]]; then make_arm_dtb "$out"; fi
)

# install_modules MODDIR KVER DEST LOADLIST NAME... — copies the modules NAME (with their
# dependencies from modules.dep, depmod -b having run on the build side) decompressed into
# DEST/lib/modules/, and appends their paths to LOADLIST in load order (dependencies first).
# A module the kernel has built in is skipped; one it lacks fails the build.
install_modules() {
  local moddir=$1 kver=$2 dest=$3 list=$4 m rel pat; shift 4
  local -A done_mods=()
  mkdir -p "$dest/lib/modules"; : >"$list"
  add_module() { # $1 = path relative to the modules dir (as in modules.dep)
    local rel=$1 dep deps
    [[ -n ${done_mods[$rel]:-} ]] && return 0
    done_mods[$rel]=1
    deps=$(awk -v m="$rel:" '$1==m{ $1=""; print; exit }' "$moddir/modules.dep")
    for dep in $deps; do add_module "$dep"; done
    local plain=${rel%.xz}; plain=${plain%.zst}; plain=${plain%.gz}
    mkdir -p "$dest/lib/modules/$(dirname "$plain")"
    case $rel in
      *.xz)  xz -dc "$moddir/$rel" >"$dest/lib/modules/$plain" ;;
      *.zst) zstd -qdc "$moddir/$rel" >"$dest/lib/modules/$plain" ;;
      *.gz)  gzip -dc "$moddir/$rel" >"$dest/lib/modules/$plain" ;;
      *)     cp "$moddir/$rel" "$dest/lib/modules/$plain" ;;
    esac
    echo "$plain" >>"$list"
  }
  for m in "$@"; do
    pat=$(sed 's/[-_]/[-_]/g' <<<"$m")
    rel=$(awk -F: '{print $1}' "$moddir/modules.dep" | grep -E "/${pat}\.ko(\.(xz|zst|gz))?$" | head -n1 || true)
    if [[ -n $rel ]]; then add_module "$rel"
    elif grep -qE "/${pat}\.ko$" "$moddir/modules.builtin"; then echo "module $m: built in"
    else echo "module $m: not found in $kver"; return 1
    fi
  done
}

build_guest_initrd() { # BUSYBOX OUT WORK MODDIR KVER — the guest's busybox initramfs
  local bb=$1 outf=$2 g=$3 moddir=$4 kver=$5
  rm -rf "$g"; mkdir -p "$g"/{bin,sbin,etc,proc,sys,dev,tmp}
  # the PV frontends (disk, network), loaded by /etc/rc after the XEN-GUEST-UP marker
  install_modules "$moddir" "$kver" "$g" "$g/etc/modules.load" $GUEST_MODULES
  echo "guest modules: $(tr '\n' ' ' <"$g/etc/modules.load")"
  cp "$bb" "$g/bin/busybox"
  ln -s busybox "$g/bin/sh"
  ln -s bin/busybox "$g/init"
  ln -s ../bin/busybox "$g/sbin/poweroff"
  ln -s ../bin/busybox "$g/sbin/reboot"
  ln -s ../bin/busybox "$g/sbin/halt"
  install -m 644 "$TESTHOST_DIR/files/guest-inittab" "$g/etc/inittab"
  install -m 755 "$TESTHOST_DIR/files/guest-rc" "$g/etc/rc"
  mknod -m 600 "$g/dev/console" c 5 1
  mknod -m 666 "$g/dev/null" c 1 3
  (cd "$g" && find . -mindepth 1 | LC_ALL=C sort | cpio -o -H newc -R 0:0 --reproducible --quiet) \
    | gzip -n -9 >"$outf"
  echo "guest initramfs: $(stat -c %s "$outf") bytes"
}


check_elf_deps() { # every NEEDED library of the dom0 programs must be in the rootfs
  local root=$1 bad=0 f lib
  local progs=(usr/sbin/xl usr/sbin/xenstored usr/sbin/xenconsoled usr/sbin/xen-init-dom0
               usr/bin/xenstore-read usr/bin/xenstore-write usr/bin/xenstore-ls usr/sbin/dropbear
               usr/bin/flock usr/bin/bash usr/bin/stat usr/sbin/losetup usr/sbin/lvm usr/sbin/dmsetup $CHECK_PROGS_EXTRA)
  local libdirs=()
  for lib in "$root"/usr/lib "$root"/usr/lib64 "$root"/usr/lib/*-linux-gnu "$root"/usr/lib/xen-"$XEN_SERIES"/lib; do
    [[ -d $lib ]] && libdirs+=("$lib")
  done
  if [[ -n ${XEN_SOURCE_TAG:-} ]]; then # Xen's libraries built here: theirs must be in dom0 too
    for f in "$root"/usr/lib/libxen*.so.* "$root"/usr/lib/libxl*.so.*; do
      [[ -L $f ]] || progs+=("${f#"$root"/}")
    done
  fi
  for f in "${progs[@]}"; do
    local real; real=$(readlink -f "$root/$f" 2>/dev/null || true)
    [[ $real == "$root"/* ]] || real="$root$(readlink "$root/$f")"
    [[ -f $real ]] || { echo "missing program $f"; bad=1; continue; }
    for lib in $(readelf -d "$real" 2>/dev/null | awk -F'[][]' '/NEEDED/{print $2}'); do
      local ok=0 d
      for d in "${libdirs[@]}"; do [[ -e $d/$lib ]] && { ok=1; break; }; done
      ((ok)) || { echo "$f needs $lib: not in the rootfs"; bad=1; }
    done
  done
  ((bad == 0)) || { echo "missing libraries: add their packages to USERLAND_SEEDS"; return 1; }
  echo "library check: ok"
}

make_arm_dtb() { # QEMU's own device tree + /chosen entries for Xen and the dom0 modules
  local out=$1 tmp=$1/dtb.tmp
  mkdir -p "$tmp"
  # shellcheck disable=SC2086
  "$QEMU_BIN" $(qemu_machine_args) -machine dumpdtb="$tmp/qemu.dtb" -nographic >/dev/null 2>&1 || true
  [[ -s $tmp/qemu.dtb ]] || { echo "could not dump QEMU's dtb"; return 1; }
  dtc -q -I dtb -O dts -o "$tmp/qemu.dts" "$tmp/qemu.dtb"
  local ksize isize dtuart bootargs
  dtuart=$(sed -n 's/^[[:space:]]*stdout-path = "\([^":]*\).*/\1/p' "$tmp/qemu.dts" | head -n1)
  [[ -n $dtuart ]] || { echo "no stdout-path in QEMU's dtb"; return 1; }
  bootargs=${XEN_BOOTARGS//@DTUART@/$dtuart}
  ksize=$(stat -c %s "$out/vmlinuz"); isize=$(stat -c %s "$out/initrd.img")
  cat "$tmp/qemu.dts" - >"$tmp/virt.dts" <<EOF

/ {
	chosen {
		#address-cells = <2>;
		#size-cells = <2>;
		xen,xen-bootargs = "$bootargs";
		xen,dom0-bootargs = "$DOM0_BOOTARGS";
		module@${DOM0_KERNEL_ADDR#0x} {
			compatible = "multiboot,kernel", "multiboot,module";
			reg = <0x0 $DOM0_KERNEL_ADDR 0x0 $(printf '0x%x' "$ksize")>;
		};
		module@${DOM0_INITRD_ADDR#0x} {
			compatible = "multiboot,ramdisk", "multiboot,module";
			reg = <0x0 $DOM0_INITRD_ADDR 0x0 $(printf '0x%x' "$isize")>;
		};
	};
};
EOF
  dtc -q -I dts -O dtb -o "$out/virt.dtb" "$tmp/virt.dts"
  cp "$tmp/virt.dts" "$out/virt.dts"
  rm -rf "$tmp"
  echo "dtb: kernel $ksize bytes at $DOM0_KERNEL_ADDR, initramfs $isize bytes at $DOM0_INITRD_ADDR"
  (( DOM0_KERNEL_ADDR + ksize <= DOM0_INITRD_ADDR )) || { echo "dom0 kernel overlaps the initramfs"; return 1; }
}
