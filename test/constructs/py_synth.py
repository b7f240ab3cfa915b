# Synthesizes a small Arm fleet from Python, through the jsii package built by
# jsii-pacmak (test/constructs/jsii-python.test.ts runs it in a virtualenv). The CDK
# Terrain run uses a copy with the two imports below rewritten to `cdktn` / `cdktn_xen`.
#   python py_synth.py OUTDIR [TYPE]   prints a JSON summary on stdout
import json
import sys

from cdktf import App, TerraformStack
from cdktf_xen import ArmGuestFleet, GuestType, XenArch, XenHost, XenHostFacts, domain, provider

outdir = sys.argv[1]
guest_type = GuestType[sys.argv[2].upper()] if len(sys.argv) > 2 else None

app = App(outdir=outdir)
stack = TerraformStack(app, "py-fleet")
xen = provider.XenProvider(stack, "xen")
hosts = [
    XenHost(stack, name, provider=xen,
            facts=XenHostFacts(arch=XenArch.AARCH64, xen_version="4.17.7",
                               xen_caps="xen-3.0-aarch64 xen-3.0-armv7l"))
    for name in ("arm1", "arm2")
]
fleet = ArmGuestFleet(stack, "web", hosts=hosts, count=3, name_prefix="py",
                      memory_mib=128, kernel="/var/lib/xen-guests/vmlinuz",
                      cmdline="console=hvc0 rdinit=/init", type=guest_type)
try:
    app.synth()
except Exception as e:  # the jsii runtime re-raises the JavaScript error
    print(json.dumps({"error": str(e)}))
    sys.exit(0)

print(json.dumps({
    "names": fleet.guest_names,
    "hosts": [fleet.host_of(i).name for i in range(3)],
    "effective_type": fleet.effective_type,
    "is_domain": all(isinstance(g, domain.Domain) for g in fleet.guests),
    "tf_resource_type": domain.Domain.TF_RESOURCE_TYPE,
    # Which framework and which construct package the program ran with (never both frameworks).
    "loaded": sorted(m for m in ("cdktf", "cdktn", "cdktf_xen", "cdktn_xen") if m in sys.modules),
}))
