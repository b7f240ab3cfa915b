# A small Arm guest fleet on one Xen host, in plain HCL.
# With the emulated test host (testhost/testhost.sh up arm64-4.17), the host's
# address, keys and guest image come from the host.json it prints.

terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}

variable "host_json" {
  description = "host.json of a test host, as printed by testhost/testhost.sh up"
  type        = string
  default     = "/tmp/cdktf-xen-testhost/arm64-4.17/host.json"
}

variable "web_count" {
  type    = number
  default = 2
}

locals {
  h = jsondecode(file(var.host_json))
}

provider "xen" {
  host {
    name        = "arm1"
    address     = local.h.address
    port        = local.h.port
    user        = local.h.user
    private_key = file(local.h.private_key_file)
    host_key    = local.h.host_key
  }
}

data "xen_host" "arm1" {
  name = "arm1"
}

# No type written: on Arm (Xen 4.12+) guests are PVH, and the plan says so.
resource "xen_domain" "web" {
  count            = var.web_count
  host             = "arm1"
  name             = "web-${count.index}"
  kernel           = local.h.guest_kernel
  ramdisk          = local.h.guest_ramdisk
  cmdline          = "console=hvc0 rdinit=/init"
  memory           = 128
  vcpus            = 1
  maxvcpus         = 2 # vCPUs change in place up to 2; on Arm memory changes replace the guest
  shutdown_timeout = 5
}

# Written the way libvirt writes every Arm guest: libxl converts it to PVH,
# and the plan warns about it before anything is created.
resource "xen_domain" "legacy" {
  host             = "arm1"
  name             = "legacy-pv"
  type             = "pv"
  kernel           = local.h.guest_kernel
  ramdisk          = local.h.guest_ramdisk
  cmdline          = "console=hvc0 rdinit=/init"
  memory           = 128
  shutdown_timeout = 5
}

output "host" {
  value = {
    arch            = data.xen_host.arm1.arch
    xen_version     = data.xen_host.arm1.xen_version
    supported_types = data.xen_host.arm1.supported_types
  }
}

output "guests" {
  value = { for g in concat(xen_domain.web, [xen_domain.legacy]) : g.name => {
    written_type   = g.type
    effective_type = g.effective_type
    domid          = g.domid
  } }
}
