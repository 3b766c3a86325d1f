import { revalidatePath, revalidateTag } from "next/cache";
import { INVALIDATION_TARGETS, type InvalidationTarget, type TargetMeaning } from "@/lib/commands/invalidation";

/**
 * Applies named invalidation targets (lib/commands/invalidation.ts) with next/cache, after a
 * successful command. Not a "use server" file, so it is no endpoint of its own.
 */
export function invalidate(targets: readonly InvalidationTarget[]): void {
  for (const name of targets) {
    const meaning: TargetMeaning = INVALIDATION_TARGETS[name];
    for (const { path, type } of meaning.paths ?? []) {
      if (type) revalidatePath(path, type);
      else revalidatePath(path);
    }
    for (const { tag, profile } of meaning.tags ?? []) revalidateTag(tag, profile);
  }
}
