import { DISCIPLINES, DISCIPLINE_LABELS, ROLES, type Discipline, type Role } from "@/lib/domain/vocabulary";

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  manager: "Manager",
  researcher: "Researcher",
  reviewer: "Reviewer",
};

export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Sentence-case labels from the shared vocabulary ("software engineer" → "Software engineer"). */
export function disciplineLabel(d: Discipline): string {
  const l = DISCIPLINE_LABELS[d];
  return l.charAt(0).toUpperCase() + l.slice(1);
}

export const DISCIPLINE_OPTIONS = DISCIPLINES.map((d) => ({ value: d, label: disciplineLabel(d) }));
