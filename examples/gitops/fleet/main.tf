# An Arm guest fleet managed from Git: planned in every pull request without SSH
# (the host's facts are declared), applied on main, checked for drift on a schedule.
# The pipelines in ../.github/workflows/xen-fleet.yml and ../.gitlab-ci.yml drive it;
# ../../../docs/guides/gitops-and-drift.md walks through it.
#
# The state backend is written by the pipeline (backend.tf): S3 on GitHub, the
# GitLab-managed http backend on GitLab. The whole team shares that one state.

terraform {
  required_providers {
    xen = { source = "xen-cdk/xen" }
  }
}

variable "plan_only" {
  description = "true in pull requests: plan from the declared facts, with no address, key or SSH"
  type        = bool
  default     = false
}

variable "ssh_private_key" {
  description = "dom0's SSH key for apply and drift (a CI secret: TF_VAR_ssh_private_key)"
  type        = string
  default     = null
  sensitive   = true
}

locals {
  # One entry per Xen host. `facts` is what `xl info` prints there (machine, xen_version,
  # xen_caps): the plan uses it instead of asking the host, and apply refuses to run if
  # the live host says otherwise ("does not match its declared facts").
  hosts = {
    arm1 = {
      address  = "192.0.2.10"
      host_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPLACEHOLDERPLACEHOLDERPLACEHOLDERPLACEHOL"
      facts = {
        arch        = "aarch64"
        xen_version = "4.17.7"
        xen_caps    = "xen-3.0-aarch64 xen-3.0-armv7l"
      }
    }
  }
}

provider "xen" {
  dynamic "host" {
    for_each = local.hosts
    content {
      name        = host.key
      address     = var.plan_only ? null : host.value.address
      private_key = var.plan_only ? null : var.ssh_private_key
      host_key    = host.value.host_key
      facts {
        arch        = host.value.facts.arch
        xen_version = host.value.facts.xen_version
        xen_caps    = host.value.facts.xen_caps
      }
    }
  }
}

# The facts (declared, or live when a host has no facts block) in the state, so
# `cdktf-xen upgrade` and `cdktf-xen audit` know each host's arch and version.
data "xen_host" "this" {
  for_each = local.hosts
  name     = each.key
}

resource "xen_domain" "web" {
  count            = 2
  host             = "arm1"
  name             = "web-${count.index}"
  kernel           = "/var/lib/xen-guests/vmlinuz"
  ramdisk          = "/var/lib/xen-guests/initrd.img"
  cmdline          = "console=hvc0 root=/dev/xvda1"
  memory           = 512
  vcpus            = 1
  maxvcpus         = 2
  shutdown_timeout = 30
  xl_config = {
    disk = jsonencode(["format=raw, vdev=xvda, access=rw, target=/dev/vg0/web-${count.index}"])
  }
}
