# A 4 GiB raw image, a sparse copy of a base image already on the host.
resource "xen_volume" "base_copy" {
  host     = "arm1"
  name     = "app-0.raw"
  pool_dir = "/var/lib/xen/images"
  source   = "/var/lib/xen/images/base-arm64.raw"
  size     = 4096
}

# A logical volume of 10 GiB in volume group vg0: /dev/vg0/db-0.
resource "xen_volume" "db_data" {
  host         = "arm1"
  name         = "db-0"
  volume_group = "vg0"
  size         = 10240
}
