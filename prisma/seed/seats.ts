import type { Discipline } from "@/lib/domain/vocabulary";
import type { SeatSeed, UserKey } from "./types";

/** Panel shorthand for the project files: `chair("hannah", "research_lead"), seat("kofi", "researcher")`. */
export const chair = (user: UserKey, discipline: Discipline): SeatSeed => ({ user, discipline, chair: true });
export const seat = (user: UserKey, discipline: Discipline): SeatSeed => ({ user, discipline });

/** The usual panels of the demo's independent reviewers, one per level (0–8). */
export const standardPanel: Record<number, SeatSeed[]> = {
  0: [chair("hannah", "research_lead"), seat("kofi", "researcher")],
  1: [chair("hannah", "research_lead"), seat("kofi", "researcher")],
  2: [chair("hannah", "research_lead"), seat("kofi", "researcher")],
  3: [chair("ravi", "applied_ai"), seat("sofia", "software_engineer")],
  4: [chair("ravi", "applied_ai"), seat("sofia", "software_engineer"), seat("nadia", "product_manager")],
  5: [
    chair("hannah", "research_lead"),
    seat("ravi", "applied_ai"),
    seat("sofia", "software_engineer"),
    seat("nadia", "product_manager"),
  ],
  6: [
    chair("nadia", "product_manager"),
    seat("sofia", "software_engineer"),
    seat("ravi", "applied_ai"),
    seat("fatima", "compliance_ethics"),
  ],
  7: [chair("diego", "infrastructure_engineer"), seat("ravi", "applied_ai"), seat("grace", "qa_engineer")],
  8: [
    chair("hannah", "research_lead"),
    seat("ravi", "applied_ai"),
    seat("sofia", "software_engineer"),
    seat("diego", "infrastructure_engineer"),
    seat("grace", "qa_engineer"),
    seat("nadia", "product_manager"),
  ],
};

export function panelFor(level: number, extra: SeatSeed[] = []): SeatSeed[] {
  const base = standardPanel[level];
  if (!base) throw new Error(`Seed: no standard panel for level ${level}.`);
  return [...base, ...extra];
}
