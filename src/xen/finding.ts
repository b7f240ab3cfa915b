// What the model says about a config: an error (xl/libxl would refuse it) or a
// warning (xl runs it, but not as written or not as the user may expect), tied
// to the attribute it is about.

export type Step = string | number | { key: string };

export interface Finding {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  path?: Step[];
  /**
   * A warning's stable name ("armPvRunsAsPvh"): the same for every guest it is said
   * about, so that a user can acknowledge it (the constructs' warning ids carry it).
   */
  id?: string;
}

export const refuse = (path: Step[], summary: string, detail?: string): Finding =>
  ({ severity: "error", summary, detail, path });
export const warn = (id: string, path: Step[], summary: string, detail?: string): Finding =>
  ({ severity: "warning", summary, detail, path, id });

/** A finding's path as the user writes it: `disk[1].vdev`, `xl_config["pci"]`; "" for the whole config. */
export const pathText = (path: Step[] | undefined): string =>
  (path ?? []).map((s, i) => (typeof s === "object" ? `["${s.key}"]` : typeof s === "number" ? `[${s}]` : (i ? "." : "") + s)).join("");
