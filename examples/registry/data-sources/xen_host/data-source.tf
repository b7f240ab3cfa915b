data "xen_host" "arm1" {
  name = "arm1"
}

# ["pvh"] on Arm with Xen 4.12+; ["hvm", "pv", "pvh"] on x86 with hardware virtualisation.
output "arm1_guest_types" {
  value = data.xen_host.arm1.supported_types
}
