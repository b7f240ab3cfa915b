// Xen versions as `xl info` reports them ("4.17.7", "4.20.5-pre") and as rules name them ("4.12").

export interface XenVersion {
  major: number;
  minor: number;
  patch: number;
  /** The text as given, e.g. "4.20.5-pre". */
  text: string;
}

export function parseVersion(text: string): XenVersion | null {
  const m = /^\s*(\d+)\.(\d+)(?:\.(\d+))?([-+.~\w]*)\s*$/.exec(text);
  if (!m) return null;
  return { major: +m[1], minor: +m[2], patch: m[3] ? +m[3] : 0, text: text.trim() };
}

/** Compare against a "major.minor" (or "major.minor.patch") boundary: <0, 0, >0. */
export function compareVersion(v: XenVersion, boundary: string): number {
  const b = parseVersion(boundary);
  if (!b) throw new Error(`bad version boundary ${boundary}`);
  return v.major - b.major || v.minor - b.minor || (boundary.split(".").length > 2 ? v.patch - b.patch : 0);
}

export const atLeast = (v: XenVersion, boundary: string) => compareVersion(v, boundary) >= 0;
