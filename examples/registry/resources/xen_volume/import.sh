# The id is "<host>/<path>": the `name` of the provider's host block, then the
# volume's absolute path (a file, or /dev/<volume group>/<name> for a logical volume).
terraform import xen_volume.base_copy arm1/var/lib/xen/images/app-0.raw
