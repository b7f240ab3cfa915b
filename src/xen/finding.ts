// What the model says about a config: an error (xl/libxl would refuse it) or a
// warning (xl runs it, but not as written or not as the user may expect), tied
// to the attribute it is about.

export type Step = string | number | { key: string };

export interface Finding {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  path?: Step[];
}

export const refuse = (path: Step[], summary: string, detail?: string): Finding =>
  ({ severity: "error", summary, detail, path });
export const warn = (path: Step[], summary: string, detail?: string): Finding =>
  ({ severity: "warning", summary, detail, path });
