// The provider executable an engine starts (bin/terraform-provider-xen).
import { serve } from "./provider/server";
import { makeProvider } from "./resources/provider";

serve(makeProvider()).catch((e) => {
  process.stderr.write(`terraform-provider-xen: ${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
