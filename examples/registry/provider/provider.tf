terraform {
  required_providers {
    xen = {
      source  = "xen-cdk/xen"
      version = "~> 0.1"
    }
  }
}

provider "xen" {
  # A host reached over SSH: apply runs `xl` on it.
  host {
    name        = "arm1"
    address     = "192.0.2.10"
    user        = "root"
    private_key = file("~/.ssh/id_ed25519")
    host_key    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL4La/psJia4QZwlF4kpGlGYcXaBhMX2vqhZAP0zy74T root@arm1"

    # Optional: with the facts declared, plan needs no SSH at all; apply checks
    # them against the live `xl info`, and runs the host checks (files, kernels,
    # GIC, bridges, memory), before changing anything.
    facts {
      arch        = "aarch64"
      xen_version = "4.17.7"
      xen_caps    = "xen-3.0-aarch64 xen-3.0-armv7l"
    }
  }

  # A plan-only host: no address, so only its declared facts are used (e.g. to
  # plan a pull request for a host the pipeline cannot reach).
  host {
    name = "arm2"

    facts {
      arch        = "aarch64"
      xen_version = "4.17.7"
      xen_caps    = "xen-3.0-aarch64 xen-3.0-armv7l"
    }
  }
}
