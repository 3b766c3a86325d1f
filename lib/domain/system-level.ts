import { isLevel, type ComponentStatus, type Phase } from "./vocabulary";

/**
 * The system level is the lowest level of the active components ("the TRL of the system is the
 * lowest level of its constituent parts"); archived components no longer count.
 * No active component → null (the UI shows "—").
 */
export function systemLevel(components: readonly { level: number; status: ComponentStatus }[]): number | null {
  let lowest: number | null = null;
  for (const c of components) {
    if (c.status !== "active") continue;
    if (lowest === null || c.level < lowest) lowest = c.level;
  }
  return lowest;
}

/** Phase colours of the paper's level figure: research 0–2, prototyping 3–5, productization 6–8, deployment 9. */
export function phaseOf(level: number): Phase | null {
  if (!isLevel(level)) return null;
  if (level <= 2) return "research";
  if (level <= 5) return "prototyping";
  if (level <= 8) return "productization";
  return "deployment";
}
