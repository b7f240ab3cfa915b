#!/usr/bin/env bash
# Real Xen test hosts under QEMU (TCG), built from Debian packages.
#
#   testhost.sh up <HOST>          build (if needed), boot, wait for SSH; prints host.json
#   testhost.sh down <HOST>|all    stop QEMU and remove the run dir
#   testhost.sh status             list the hosts of the run dir and whether they run
#   testhost.sh ssh <HOST> [cmd]   ssh into dom0 with the pinned host key
#   testhost.sh build <HOST>       only build/refresh the cached artifacts
#   testhost.sh check <HOST>       boot-and-create smoke test (guest types), report on stderr
#
# HOST: arm64-4.17 | arm64-4.20 | x86_64-4.17
# Environment: CDKTF_XEN_CACHE (default ~/.cache/cdktf-xen), CDKTF_XEN_RUN (default
# /tmp/cdktf-xen-testhost), TESTHOST_PORT (fixed SSH port), TESTHOST_BOOT_TIMEOUT (s, 180),
# TESTHOST_OFFLINE=1 (never refresh the package lists), TESTHOST_APT_UPDATE=1 (force it),
# TESTHOST_APT_MAX_AGE (s, 86400).
# Only host.json goes to stdout (for `up`); progress goes to stderr.
set -uo pipefail

TESTHOST_DIR=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
CACHE_ROOT="${CDKTF_XEN_CACHE:-$HOME/.cache/cdktf-xen}/testhost"
RUN_ROOT="${CDKTF_XEN_RUN:-/tmp/cdktf-xen-testhost}"
ALL_HOSTS=(arm64-4.17 arm64-4.20 x86_64-4.17 x86_64-4.21 x86_64-4.22)

log() { printf '[testhost %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# shellcheck source=lib/build.sh
source "$TESTHOST_DIR/lib/build.sh"
# shellcheck source=lib/check.sh
source "$TESTHOST_DIR/lib/check.sh"

load_host() {
  HOST=${1:-}
  [[ -n $HOST && -f $TESTHOST_DIR/hosts/$HOST.conf ]] \
    || die "unknown host '${HOST}' (one of: ${ALL_HOSTS[*]})"
  DOM0_EXTRA_SEEDS="" PICKS="" HOST_EXTRA_TOOLS="" EXTRA_EXCLUDE_RE="" CHECK_PROGS_EXTRA="" GUEST_MODULES=""
  HYP_PKG="" HYP_FILE="" XEN_SOURCE_TAG="" DEVICE_MODEL=""
  # shellcheck disable=SC1090
  source "$TESTHOST_DIR/hosts/$HOST.conf"
  case $MACHINE in
    aarch64)
      : "${XEN_BOOTARGS:=console=dtuart dtuart=@DTUART@ dom0_mem=512M dom0_max_vcpus=2 bootscrub=0}"
      : "${DOM0_BOOTARGS:=console=hvc0 earlycon=xenboot rdinit=/init cma=0}"
      : "${DOM0_KERNEL_ADDR:=0x60000000}" "${DOM0_INITRD_ADDR:=0x68000000}" ;;
    x86_64)
      # spec-ctrl=eager-fpu: QEMU's TCG runs XSAVE/XSAVEOPT/XRSTOR with CR0.TS set instead of
      # raising #NM, and Xen defaults to lazy FPU switching on (QEMU's) AMD CPUs: a guest kernel
      # then saves/restores another context's vector registers, and dom0's programs crash at
      # random (malloc/ld.so asserts, segfaults) once a second domain runs. Eager switching
      # never leaves CR0.TS set for a guest. Evidence and numbers: testhost/README.md.
      : "${XEN_BOOTARGS:=console=com1 com1=115200,8n1 dom0_mem=512M,max:512M dom0_max_vcpus=2 smap=0 smep=0 bootscrub=0 noreboot spec-ctrl=eager-fpu}"
      : "${DOM0_BOOTARGS:=console=hvc0 earlyprintk=xen rdinit=/init cma=0}" ;;
    *) die "bad MACHINE in $HOST.conf" ;;
  esac
  RUN_DIR="$RUN_ROOT/$HOST"
}

qemu_machine_args() {
  case $MACHINE in
    aarch64) echo "-machine virt,virtualization=on,gic-version=3 -cpu cortex-a57 -smp 2 -m 2048" ;;
    x86_64)  echo "-machine q35 -accel tcg -cpu max,-rdtscp -smp 2 -m 2048" ;;
  esac
}

# ----------------------------------------------------------------- helpers
jstr() { local s=$1; s=${s//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }
json_field() { # json_field FILE KEY -> value (string or number) from our own flat host.json
  sed -n "s/.*\"$2\":\(\"\([^\"]*\)\"\|\([0-9]*\)\).*/\2\3/p" "$1" | head -n1
}
pid_is_ours() { # pid_is_ours PID HOST: a live QEMU started for HOST
  [[ $1 =~ ^[0-9]+$ ]] && [[ -r /proc/$1/cmdline ]] \
    && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q -- "-name testhost-$2 "
}
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() {
  local p i
  for i in $(seq 1 100); do
    p=$((20000 + RANDOM % 30000))
    port_in_use "$p" || { echo "$p"; return 0; }
  done
  die "no free port found"
}
ssh_opts() { # ssh_opts RUN_DIR PORT
  SSH_OPTS=(-F none -o BatchMode=yes -o IdentitiesOnly=yes -i "$CACHE_ROOT/keys/id_ed25519"
            -o UserKnownHostsFile="$1/known_hosts" -o GlobalKnownHostsFile=/dev/null
            -o StrictHostKeyChecking=yes -o HostKeyAlgorithms=ssh-ed25519
            -o ConnectTimeout=10 -o ServerAliveInterval=15 -o ServerAliveCountMax=4
            -o LogLevel=ERROR -p "$2" -l root)
}
host_ssh() { # host_ssh CMD... (uses RUN_DIR and its port)
  local port; port=$(cat "$RUN_DIR/port")
  ssh_opts "$RUN_DIR" "$port"
  ssh "${SSH_OPTS[@]}" 127.0.0.1 "$@"
}
console_tail() { [[ -f $RUN_DIR/console.log ]] && { log "last lines of $RUN_DIR/console.log:"; tail -n "${1:-40}" "$RUN_DIR/console.log" | sed 's/^/    /' >&2; }; }

lock_host() { mkdir -p "$RUN_ROOT"; exec 9>"$RUN_ROOT/.$HOST.lock"; flock 9; }
lock_build() { mkdir -p "$CACHE_ROOT"; exec 8>"$CACHE_ROOT/.build.lock"; flock 8; }

# ----------------------------------------------------------------- up
is_running() { [[ -f $RUN_DIR/qemu.pid ]] && pid_is_ours "$(cat "$RUN_DIR/qemu.pid")" "$HOST"; }

stop_host() { # stop_host: kill QEMU of $HOST, remove its run dir
  local pid=""
  [[ -f $RUN_DIR/qemu.pid ]] && pid=$(cat "$RUN_DIR/qemu.pid")
  if [[ -n $pid ]] && pid_is_ours "$pid" "$HOST"; then
    log "stopping $HOST (QEMU pid $pid)"
    kill -TERM "$pid" 2>/dev/null
    local i
    for i in $(seq 1 50); do pid_is_ours "$pid" "$HOST" || break; sleep 0.2; done
    pid_is_ours "$pid" "$HOST" && { kill -KILL "$pid" 2>/dev/null; sleep 0.2; }
  fi
  rm -rf "$RUN_DIR"
}

start_qemu() { # start_qemu PORT -> 0 when QEMU daemonized
  local port=$1 c="$CACHE_ROOT/$HOST"
  local args
  # shellcheck disable=SC2207
  args=($(qemu_machine_args))
  args+=(-display none -monitor none -serial "file:$RUN_DIR/console.log" -no-reboot
         -name "testhost-$HOST" -daemonize -pidfile "$RUN_DIR/qemu.pid"
         -netdev "user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:$port-:22")
  case $MACHINE in
    aarch64)
      args+=(-kernel "$c/xen" -dtb "$c/virt.dtb"
             -device "loader,file=$c/vmlinuz,addr=$DOM0_KERNEL_ADDR,force-raw=on"
             -device "loader,file=$c/initrd.img,addr=$DOM0_INITRD_ADDR,force-raw=on"
             -device virtio-net-device,netdev=n0) ;;
    x86_64)
      [[ $c != *[,\ ]* ]] || die "the cache path must not contain commas or spaces (QEMU -initrd list): $c"
      args+=(-kernel "$c/xen" -append "$XEN_BOOTARGS"
             -initrd "$c/vmlinuz $DOM0_BOOTARGS,$c/initrd.img"
             -device virtio-net-pci,netdev=n0,romfile=) ;;
  esac
  printf '%q ' "$QEMU_BIN" "${args[@]}" >"$RUN_DIR/qemu.cmdline"; echo >>"$RUN_DIR/qemu.cmdline"
  ( # the daemon keeps none of the caller's descriptors (pipes of a test runner, our locks)
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}; (( fd > 2 )) && eval "exec $fd>&-" 2>/dev/null
    done
    exec "$QEMU_BIN" "${args[@]}" </dev/null >/dev/null 2>"$RUN_DIR/qemu.stderr"
  )
}

wait_for_ssh() { # wait_for_ssh PORT T0
  local port=$1 t0=$2 timeout=${TESTHOST_BOOT_TIMEOUT:-180} pid
  pid=$(cat "$RUN_DIR/qemu.pid")
  ssh_opts "$RUN_DIR" "$port"
  while :; do
    if ! pid_is_ours "$pid" "$HOST"; then
      console_tail 60; die "QEMU for $HOST exited during boot (console: $RUN_DIR/console.log)"
    fi
    # short attempts: a connection made before dom0's network is up waits on SYN
    # retransmission backoff inside QEMU's user network; a fresh one is quicker
    if timeout 10 ssh -o ConnectTimeout=2 "${SSH_OPTS[@]}" 127.0.0.1 true </dev/null 2>"$RUN_DIR/ssh-wait.err"; then
      return 0
    fi
    if (( SECONDS - t0 >= timeout )); then
      log "last ssh error: $(tail -n 3 "$RUN_DIR/ssh-wait.err" | tr '\n' ' ')"
      console_tail 60
      kill -TERM "$pid" 2>/dev/null
      die "$HOST: SSH did not answer within ${timeout} s (console: $RUN_DIR/console.log)"
    fi
    sleep 0.3
  done
}

cmd_up() {
  load_host "${1:-}"
  lock_host
  lock_build; ensure_built; exec 8>&-
  if is_running; then
    if [[ $(cat "$RUN_DIR/inputs.sha256" 2>/dev/null) != "$INPUTS_SHA" ]]; then
      log "$HOST runs an older build; restarting it"
      stop_host
    elif [[ -f $RUN_DIR/host.json ]] && ssh_opts "$RUN_DIR" "$(cat "$RUN_DIR/port")" \
         && timeout 30 ssh "${SSH_OPTS[@]}" 127.0.0.1 true </dev/null 2>/dev/null; then
      log "$HOST already running (pid $(cat "$RUN_DIR/qemu.pid"), port $(cat "$RUN_DIR/port")); reusing it"
      cat "$RUN_DIR/host.json"
      return 0
    else
      log "$HOST runs but does not answer; restarting it"
      stop_host
    fi
  else
    rm -rf "$RUN_DIR"
  fi

  local port tries=0 t0
  while :; do
    rm -rf "$RUN_DIR"; mkdir -p "$RUN_DIR"
    if [[ -n ${TESTHOST_PORT:-} ]]; then
      port=$TESTHOST_PORT
      port_in_use "$port" && die "TESTHOST_PORT=$port is already in use"
    else
      port=$(pick_port)
    fi
    echo "$port" >"$RUN_DIR/port"
    echo "$INPUTS_SHA" >"$RUN_DIR/inputs.sha256"
    printf '[127.0.0.1]:%s %s\n' "$port" "$(cat "$CACHE_ROOT/keys/host_key.pub")" >"$RUN_DIR/known_hosts"
    log "starting QEMU for $HOST (ssh on 127.0.0.1:$port)"
    t0=$SECONDS
    if start_qemu "$port"; then break; fi
    tries=$((tries + 1))
    if [[ -z ${TESTHOST_PORT:-} ]] && grep -qi 'forward' "$RUN_DIR/qemu.stderr" && (( tries < 5 )); then
      log "port $port could not be used; trying another"; continue
    fi
    cat "$RUN_DIR/qemu.stderr" >&2
    die "QEMU failed to start"
  done
  wait_for_ssh "$port" "$t0"
  local boot_s=$((SECONDS - t0))
  echo "$boot_s" >"$RUN_DIR/boot-seconds"
  host_ssh 'xl info' >"$RUN_DIR/xl-info.txt" </dev/null 2>"$RUN_DIR/xl-info.err" \
    || { cat "$RUN_DIR/xl-info.err" >&2; die "xl info failed on $HOST"; }
  local xv
  xv=$(awk -F': *' '$1 ~ /^xen_version/{print $2; exit}' "$RUN_DIR/xl-info.txt")
  [[ -n $xv ]] || die "no xen_version in xl info"
  log "$HOST up: SSH answered ${boot_s} s after QEMU start; Xen $xv"
  {
    printf '{"name":%s,"address":"127.0.0.1","port":%s,"user":"root",' "$(jstr "$HOST")" "$port"
    printf '"private_key_file":%s,"host_key":%s,' "$(jstr "$CACHE_ROOT/keys/id_ed25519")" "$(jstr "$(cat "$CACHE_ROOT/keys/host_key.pub")")"
    printf '"arch":%s,"xen_version":%s,"pid":%s,"console_log":%s,' "$(jstr "$MACHINE")" "$(jstr "$xv")" "$(cat "$RUN_DIR/qemu.pid")" "$(jstr "$RUN_DIR/console.log")"
    # The guest kernel is dom0's own (the same Debian kernel): its local copy, for uploads.
    printf '"guest_kernel_local":%s,' "$(jstr "$CACHE_ROOT/$HOST/vmlinuz")"
    # HVM guests need a device model; a host built from Xen's source has none (hosts/*.conf)
    printf '"device_model":%s,' "$( [[ ${DEVICE_MODEL:-} == none ]] && echo false || echo true )"
    printf '"guest_kernel":"/var/lib/xen-guests/vmlinuz","guest_ramdisk":"/var/lib/xen-guests/initrd.img"}\n'
  } >"$RUN_DIR/host.json.tmp"
  mv "$RUN_DIR/host.json.tmp" "$RUN_DIR/host.json"
  cat "$RUN_DIR/host.json"
}

# ----------------------------------------------------------------- down / status / ssh
run_dirs_hosts() { # the hosts that have a run dir
  local d n
  for d in "$RUN_ROOT"/*/; do
    [[ -d $d ]] || continue
    n=$(basename "$d")
    [[ -f $TESTHOST_DIR/hosts/$n.conf ]] && echo "$n"
  done
}

cmd_down() {
  local target=${1:-}
  [[ -n $target ]] || die "usage: testhost.sh down <HOST>|all"
  if [[ $target == all ]]; then
    local h
    for h in $(run_dirs_hosts); do ( cmd_down "$h" ); done
    return 0
  fi
  load_host "$target"
  lock_host
  if [[ -d $RUN_DIR ]]; then stop_host; log "$HOST down"; else log "$HOST is not running"; fi
}

cmd_status() {
  local h any=0
  for h in $(run_dirs_hosts); do
    ( load_host "$h"
      local pid port xv state
      pid=$(cat "$RUN_DIR/qemu.pid" 2>/dev/null || true)
      port=$(cat "$RUN_DIR/port" 2>/dev/null || true)
      xv=$( [[ -f $RUN_DIR/host.json ]] && json_field "$RUN_DIR/host.json" xen_version )
      if is_running; then state=running; [[ -f $RUN_DIR/host.json ]] || state=booting; else state=dead; fi
      printf '%-12s %-8s pid=%-8s port=%-6s xen=%-10s %s\n' "$HOST" "$state" "${pid:--}" "${port:--}" "${xv:--}" "$RUN_DIR/host.json" )
    any=1
  done
  ((any)) || log "no test hosts in $RUN_ROOT"
}

cmd_ssh() {
  load_host "${1:-}"; shift
  [[ -f $RUN_DIR/port ]] && is_running || die "$HOST is not running (testhost.sh up $HOST)"
  local port; port=$(cat "$RUN_DIR/port")
  ssh_opts "$RUN_DIR" "$port"
  if (($# == 0)) && [[ -t 0 ]]; then exec ssh -t "${SSH_OPTS[@]}" 127.0.0.1; fi
  exec ssh "${SSH_OPTS[@]}" 127.0.0.1 "$@"
}

cmd_build() {
  load_host "${1:-}"
  lock_build; ensure_built
  log "artifacts: $CACHE_ROOT/$HOST"
}

usage() { sed -n '2,17p' "$TESTHOST_DIR/testhost.sh" | sed 's/^# \{0,1\}//' >&2; exit 2; }

main() {
  local cmd=${1:-}; shift || true
  case $cmd in
    up)     cmd_up "$@" ;;
    down)   cmd_down "$@" ;;
    status) cmd_status ;;
    ssh)    cmd_ssh "$@" ;;
    build)  cmd_build "$@" ;;
    check)  cmd_check "$@" ;;
    *)      usage ;;
  esac
}
main "$@"
