# An Arm guest. No `type` is written: on Xen 4.12+ for Arm it runs as PVH,
# which the plan already shows as effective_type = "pvh".
resource "xen_domain" "web" {
  host    = "arm1"
  name    = "web-0"
  memory  = 256
  vcpus   = 2
  kernel  = "/var/lib/xen-guests/vmlinuz"
  ramdisk = "/var/lib/xen-guests/initrd.img"
  cmdline = "console=hvc0 root=/dev/xvda ro"

  on_crash = "preserve"

  # Other xl.cfg keys, checked against xl's key table for the host's Xen version.
  xl_config = {
    disk = jsonencode(["format=raw,vdev=xvda,access=rw,target=/dev/vg0/web-0"])
    vif  = jsonencode(["bridge=xenbr0"])
  }
}

output "web_runs_as" {
  value = xen_domain.web.effective_type
}
