# Every guest on arm1, whether Terraform manages it or not (Domain-0 left out).
data "xen_domains" "arm1" {
  host = "arm1"
}

# Guests that run as another type than the one written in their config
# (e.g. written `pv` on Arm, running as PVH).
output "arm1_converted_guests" {
  value = [for d in data.xen_domains.arm1.domains : d.name if d.written_type != d.effective_type]
}
