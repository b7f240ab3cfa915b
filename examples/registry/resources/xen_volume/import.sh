# The id is "<host>/<path>": the `name` of the provider's host block, then the
# volume's absolute path (a file, or /dev/<volume group>/<name> for a logical volume).
terraform import xen_volume.web_root arm1/var/lib/xen/images/web-0.raw
