# shellcheck shell=bash
# testhost.sh check <HOST> [CASE...]: boot (or reuse) the host, create a guest per case
# (default: no type, pv, pvh, hvm; x86 adds pvh with a kernel lacking the PVH note; then a
# guest with a disk and a vif: PVH on Arm, PV and PVH on x86), print the results on stdout.
# CASE = label:type:kernel[:devices] (see files/check-guests.sh).
cmd_check() {
  local host=${1:-}; shift || true
  load_host "$host"
  local cases=("$@")
  if ((${#cases[@]} == 0)); then
    cases=("notype::" "pv:pv:" "pvh:pvh:" "hvm:hvm:")
    [[ $MACHINE == x86_64 ]] && cases+=("nopvh:pvh:/var/lib/xen-guests/nopvh.bin" "devpv:pv::devices")
    cases+=("devpvh:pvh::devices")
  fi
  local t0=$SECONDS
  ( cmd_up "$host" ) >/dev/null || die "up $host failed"
  local t_up=$((SECONDS - t0))
  host_ssh 'cat > /tmp/check-guests.sh' <"$TESTHOST_DIR/files/check-guests.sh" || die "ssh failed"
  local t1=$SECONDS out
  out=$(host_ssh "sh /tmp/check-guests.sh ${cases[*]}" </dev/null) || die "check script failed"
  echo "host: $HOST  ($(json_field "$RUN_DIR/host.json" xen_version), up in ${t_up} s, boot $(cat "$RUN_DIR/boot-seconds" 2>/dev/null) s)"
  grep -E '^(machine|xen_version|xen_caps|virt_caps)' "$RUN_DIR/xl-info.txt"
  printf '%s\n' "$out"
  echo "guest checks took $((SECONDS - t1)) s"
}
