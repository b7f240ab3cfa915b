# The id is "<host>/<path>": the `name` of the provider's host block, then the file's
# absolute path. The file becomes this resource's; the next apply uploads the source
# over it only if their bytes differ.
terraform import xen_file.kernel arm1/var/lib/xen/boot/vmlinuz
