#!/bin/sh
# Runs in dom0 (busybox sh). Creates one guest per case, checks that it really boots
# (marker on its console log), reads back its type, then stops it.
#   check-guests.sh CASE...     CASE = label:type:kernel   (type and kernel may be empty)
# Prints one "RESULT label key=value ..." line per case and "OUT label | line" for xl's output.
K=/var/lib/xen-guests/vmlinuz
R=/var/lib/xen-guests/initrd.img
now() { cut -d' ' -f1 /proc/uptime; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.2f", b-a}'; }
first_shutdown_done=0
for c in "$@"; do
  label=${c%%:*}; rest=${c#*:}; type=${rest%%:*}; kernel=${rest#*:}
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
