// Warnings with stable ids that users can acknowledge, the way aws-cdk-lib's
// `addWarningV2` / `acknowledgeWarning` work (cdktf has only plain warnings): the id is
// printed with the message ("[ack: <id>]"); acknowledging it on a scope removes it there
// and below, and keeps it from being added again.
import { Annotations } from "cdktf";
import type { IConstruct, MetadataEntry } from "constructs";

// A symbol shared by every copy of this library in an app (as XenHost.isXenHost's).
const ACKNOWLEDGED = Symbol.for("cdktf-xen.acknowledged-warnings");

const ackTag = (id: string) => `[ack: ${id}]`;

function acknowledgedOn(c: IConstruct): Set<string> | undefined {
  return (c as unknown as Record<symbol, Set<string> | undefined>)[ACKNOWLEDGED];
}

/**
 * Annotations of a construct with ids, for warnings a user may decide to live with.
 *
 * ```ts
 * XenAnnotations.of(stack).acknowledgeWarning("cdktf-xen:armPvRunsAsPvh", "our images are PV kernels");
 * ```
 */
export class XenAnnotations {
  /** The annotations of `scope`. */
  public static of(scope: IConstruct): XenAnnotations {
    return new XenAnnotations(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /**
   * Add a warning with a stable id, unless the id is acknowledged on this scope or one
   * above it. The message ends with `[ack: <id>]`, which names what to acknowledge.
   */
  public addWarningV2(id: string, message: string): void {
    if (this.scope.node.scopes.some((s) => acknowledgedOn(s)?.has(id))) return;
    Annotations.of(this.scope).addWarning(`${message} ${ackTag(id)}`);
  }

  /**
   * Acknowledge warning `id` for this scope and everything in it: those already added
   * are removed, later ones are not added.
   *
   * @param id the warning's id, as printed after `ack:`
   * @param reason why it is acceptable here (for the reader of the code; not used)
   */
  public acknowledgeWarning(id: string, reason?: string): void {
    void reason;
    const target = this.scope as unknown as Record<symbol, Set<string> | undefined>;
    if (!target[ACKNOWLEDGED]) Object.defineProperty(this.scope, ACKNOWLEDGED, { value: new Set<string>() });
    target[ACKNOWLEDGED]!.add(id);
    const tag = ackTag(id);
    for (const c of this.scope.node.findAll()) {
      // constructs has no API to remove metadata; its entries live in Node._metadata.
      const entries = (c.node as unknown as { _metadata?: MetadataEntry[] })._metadata;
      if (!Array.isArray(entries)) continue;
      for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i];
        // Any framework's warning type (@cdktf/warn, cdktn's): the tag is what marks ours.
        if (e.type.endsWith("/warn") && typeof e.data === "string" && e.data.endsWith(tag)) entries.splice(i, 1);
      }
    }
  }
}
