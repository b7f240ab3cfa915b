# An Arm guest booting from a volume, on the host's bridge. No `type` is written: on
# Xen 4.12+ for Arm it runs as PVH, which the plan already shows as effective_type = "pvh".
resource "xen_volume" "web_root" {
  host     = "arm1"
  name     = "web-0.raw"
  pool_dir = "/var/lib/xen/images"
  source   = "/var/lib/xen/images/base-arm64.raw"
  size     = 4096
}

resource "xen_domain" "web" {
  host      = "arm1"
  name      = "web-0"
  memory    = 256
  vcpus     = 2
  kernel    = "/var/lib/xen-guests/vmlinuz"
  ramdisk   = "/var/lib/xen-guests/initrd.img"
  cmdline   = "console=hvc0 root=/dev/xvda ro"
  autostart = true

  # Checked at plan against xl's rules; added or removed in place (xl block-attach).
  disk {
    vdev   = "xvda"
    target = xen_volume.web_root.path
  }

  # The provider picks the MAC at create (Xen's 00:16:3e range) and keeps it.
  vif {
    bridge = "xenbr0"
  }

  on_crash = "preserve"
}

output "web_runs_as" {
  value = xen_domain.web.effective_type
}

output "web_mac" {
  value = xen_domain.web.vif[0].mac
}
