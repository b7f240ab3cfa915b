#!/bin/sh
# Runs in dom0 (busybox sh). Creates one guest per case, checks that it really boots
# (marker on its console log), reads back its type, then stops it.
#   check-guests.sh CASE...     CASE = label:type:kernel[:devices]   (type and kernel may be empty)
# A case ending in ":devices" runs devices_case instead: a guest with a file-backed disk and a
# vif on xenbr0 (see there).
# Prints one "RESULT label key=value ..." line per case and "OUT label | line" for xl's output.
K=/var/lib/xen-guests/vmlinuz
R=/var/lib/xen-guests/initrd.img
now() { cut -d' ' -f1 /proc/uptime; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.2f", b-a}'; }
# wait_log LOG PATTERN T0 TRIES -> "after N.NN s" once PATTERN is in LOG, "no" after TRIES*0.1 s
wait_log() {
  i=0
  while [ $i -lt "$4" ]; do
    if grep -q "$2" "$1" 2>/dev/null; then echo "after $(since "$3") s"; return 0; fi
    sleep 0.1; i=$((i+1))
  done
  echo no; return 1
}
json_array() { # json_array KEY < xl list -l output -> the array "KEY": [...] on one line
  awk -v k="\"$1\": [" 'index($0, k) && !on { on = 1; d = 0 }
    on { line = $0; sub(/^ +/, "", line); out = out line
         d += gsub(/[[{]/, "&") - gsub(/[]}]/, "&"); if (d <= 0) { sub(/,$/, "", out); print out; exit } }'
}

# devices_case LABEL TYPE: a 16 MiB raw image with a marker line at its start as xvda (rw), a vif
# on xenbr0, guest_ip= on the command line; waits for the guest's XEN-GUEST-DISK and
# XEN-GUEST-PING lines, shows what xl and xenstore say, hot-plugs a second image as xvdb (ro)
# and removes it again, destroys the guest and checks that no loop device and no vif are left.
dev_n=0
devices_case() {
  label=$1; type=$2; name="check-$label"; dev_n=$((dev_n+1))
  cfg=/etc/xen/$name.cfg log=/var/log/xen/console/guest-$name.log
  img=/var/lib/xen-guests/$name-xvda.img img2=/var/lib/xen-guests/$name-xvdb.img
  ip=10.99.0.$((20 + dev_n)) marker="CHECK-DISK-MARKER $label"
  dd if=/dev/zero of="$img" bs=1M count=16 2>/dev/null
  printf '%s\n' "$marker" | dd of="$img" conv=notrunc 2>/dev/null
  dd if=/dev/zero of="$img2" bs=1M count=4 2>/dev/null
  {
    echo "name = \"$name\""
    [ -n "$type" ] && echo "type = \"$type\""
    echo "memory = 128"
    echo "vcpus = 1"
    echo "kernel = \"$K\""
    echo "ramdisk = \"$R\""
    echo "cmdline = \"console=hvc0 rdinit=/init guest_ip=$ip\""
    echo "disk = [ \"format=raw,vdev=xvda,access=rw,target=$img\" ]"
    echo "vif = [ \"bridge=xenbr0\" ]"
  } >"$cfg"
  rm -f "$log"
  hp0=$(cat /var/log/xen/xen-hotplug.log 2>/dev/null | wc -l)
  t0=$(now)
  xl create "$cfg" >/tmp/$name.out 2>&1
  rc=$?
  res="create_rc=$rc create_s=$(since "$t0")"
  sed "s/^/OUT $label | /" /tmp/$name.out
  if [ $rc -eq 0 ]; then
    domid=$(xl domid "$name")
    res="$res domid=$domid"
    up=$(wait_log "$log" XEN-GUEST-UP "$t0" 900)
    dk=$(wait_log "$log" XEN-GUEST-DISK "$t0" 300)
    pg=$(wait_log "$log" 'XEN-GUEST-PING' "$t0" 300)
    seen=$(sed -n 's/^.*XEN-GUEST-DISK //p' "$log" | tr -d '\r' | head -n1)
    ping=$(sed -n 's/^.*XEN-GUEST-PING //p' "$log" | tr -d '\r' | head -n1)
    [ "$seen" = "$marker" ] && disk_ok=yes || disk_ok=no
    res="$res up=\"$up\" disk=\"$dk\" disk_marker_ok=$disk_ok ping=\"$ping $pg\""
    xl list -l "$domid" >/tmp/$name.json 2>&1
    echo "OUT $label disks | $(json_array disks </tmp/$name.json)"
    echo "OUT $label nics | $(json_array nics </tmp/$name.json)"
    xenstore-ls -f "/local/domain/0/backend/vbd/$domid" 2>&1 | sed "s/^/OUT $label xenstore | /"
    xenstore-ls -f "/local/domain/0/backend/vif/$domid" 2>&1 | sed "s/^/OUT $label xenstore | /"
    res="$res loops_running=$(/usr/sbin/losetup -a | grep -c .) brif_running=\"$(ls /sys/class/net/xenbr0/brif 2>/dev/null | tr '\n' ' ' | sed 's/ $//')\""
    t1=$(now)
    xl block-attach "$domid" "format=raw,vdev=xvdb,access=ro,target=$img2" >/tmp/$name.ba 2>&1; ar=$?
    res="$res block_attach_rc=$ar block_attach_s=$(since "$t1")"
    sed "s/^/OUT $label block-attach | /" /tmp/$name.ba
    xl block-list "$domid" 2>&1 | sed "s/^/OUT $label block-list | /"
    /usr/sbin/losetup -l 2>&1 | sed "s/^/OUT $label losetup -l | /"
    res="$res xvdb_state=$(xl block-list "$domid" | awk '$1 == 51728 {print $4}')"
    t1=$(now)
    xl block-detach "$domid" xvdb >/tmp/$name.bd 2>&1; dr=$?
    res="$res block_detach_rc=$dr block_detach_s=$(since "$t1")"
    sed "s/^/OUT $label block-detach | /" /tmp/$name.bd
    xl block-list "$domid" 2>&1 | sed "s/^/OUT $label block-list after detach | /"
    xl network-list "$domid" 2>&1 | sed "s/^/OUT $label network-list | /"
    res="$res loops_after_detach=$(/usr/sbin/losetup -a | grep -c .)"
    t1=$(now)
    xl destroy "$domid" >/tmp/$name.stop 2>&1; sr=$?
    res="$res stop=destroy stop_rc=$sr stop_s=$(since "$t1")"
    t2=$(now); i=0
    while xl domid "$name" >/dev/null 2>&1 && [ $i -lt 150 ]; do sleep 0.1; i=$((i+1)); done
    xl domid "$name" >/dev/null 2>&1 && res="$res still_listed=yes" || res="$res gone_after=$(since "$t2")"
    /usr/sbin/losetup -a 2>&1 | sed "s/^/OUT $label losetup -a after destroy | /"
    res="$res loops_left=$(/usr/sbin/losetup -a | grep -c .) brif_left=\"$(ls /sys/class/net/xenbr0/brif 2>/dev/null | tr '\n' ' ' | sed 's/ $//')\""
    left=none
    for k in vbd vif; do
      xenstore-exists "/local/domain/0/backend/$k/$domid" 2>/dev/null && left="${left#none}$k,"
    done
    res="$res backends_left=${left%,}"
  fi
  tail -n +"$((hp0 + 1))" /var/log/xen/xen-hotplug.log 2>/dev/null | sed "s/^/OUT $label hotplug.log | /"
  rm -f "$img" "$img2"
  echo "RESULT $label type=${type:-none} devices=disk,vif $res"
}

first_shutdown_done=0
for c in "$@"; do
  label=${c%%:*}; rest=${c#*:}; type=${rest%%:*}; rest=${rest#*:}; kernel=${rest%%:*}
  case $rest in *:devices) devices_case "$label" "$type"; continue ;; esac
  [ -n "$kernel" ] || kernel=$K
  name="check-$label"
  cfg=/etc/xen/$name.cfg
  {
    echo "name = \"$name\""
    [ -n "$type" ] && echo "type = \"$type\""
    echo "memory = 128"
    echo "vcpus = 1"
    echo "kernel = \"$kernel\""
    echo "ramdisk = \"$R\""
    echo "cmdline = \"console=hvc0 rdinit=/init\""
  } >"$cfg"
  log=/var/log/xen/console/guest-$name.log
  rm -f "$log"
  t0=$(now)
  xl create "$cfg" >/tmp/$name.out 2>&1
  rc=$?
  ct=$(since "$t0")
  sed "s/^/OUT $label | /" /tmp/$name.out
  res="create_rc=$rc create_s=$ct"
  if [ $rc -eq 0 ]; then
    domid=$(xl domid "$name")
    xs=$(xenstore-read /libxl/$domid/type 2>/dev/null)
    ci=$(xl list -l "$domid" | awk '/"c_info"/{f=1} f && /"type"/{gsub(/[",]/,""); print $2; exit}')
    res="$res domid=$domid xenstore_type=$xs c_info_type=$ci"
    i=0; marker=no
    while [ $i -lt 600 ]; do
      if grep -q XEN-GUEST-UP "$log" 2>/dev/null; then marker="yes after $(since "$t0") s"; break; fi
      sleep 0.1; i=$((i+1))
    done
    res="$res marker=\"$marker\""
    if [ $first_shutdown_done -eq 0 ] && [ "$marker" != no ]; then
      # the provider's calls on a running guest
      xl vcpu-set "$domid" 1 >/tmp/$name.vcpu 2>&1; vr=$?
      xl mem-set "$domid" 120m >/tmp/$name.mem 2>&1; mr=$?
      res="$res vcpu_set_rc=$vr mem_set_rc=$mr"
      sed "s/^/OUT $label mem-set | /" /tmp/$name.mem
      t1=$(now)
      timeout 60 xl shutdown -w "$domid" >/tmp/$name.stop 2>&1; sr=$?
      res="$res stop=shutdown-w stop_rc=$sr stop_s=$(since "$t1")"
      grep -q XEN-GUEST-DOWN "$log" && res="$res guest_saw_shutdown=yes"
      first_shutdown_done=1
    else
      t1=$(now)
      xl destroy "$domid" >/tmp/$name.stop 2>&1; sr=$?
      res="$res stop=destroy stop_rc=$sr stop_s=$(since "$t1")"
    fi
    t2=$(now); i=0
    while xl domid "$name" >/dev/null 2>&1 && [ $i -lt 150 ]; do sleep 0.1; i=$((i+1)); done
    xl domid "$name" >/dev/null 2>&1 && res="$res still_listed=yes" || res="$res gone_after=$(since "$t2")"
  fi
  echo "RESULT $label type=${type:-none} $res"
done
