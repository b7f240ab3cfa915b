# A kernel from the machine running terraform, decompressed on the way: placed as
# /var/lib/xen/boot/vmlinuz on the host, for a guest's `kernel`.
resource "xen_file" "kernel" {
  host      = "arm1"
  source    = "${path.module}/images/vmlinuz.xz"
  directory = "/var/lib/xen/boot"
  unpack    = true
}
