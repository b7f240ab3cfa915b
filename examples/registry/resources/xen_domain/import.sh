# The id is "<host>/<name>": the `name` of the provider's host block, then the
# domain name as `xl list` shows it. The imported state plans clean against a
# configuration that matches the running guest.
terraform import xen_domain.web arm1/web-0
