import "server-only";
import type { DbClient } from "@/lib/db-client";
import { holderReasons, isEligible } from "@/lib/domain/seat-eligibility";
import type { Discipline, MemberRole, Role } from "@/lib/domain/vocabulary";

/**
 * A person the panel editor may seat. `eligibleFor`: the disciplines they may hold a seat in
 * (their own, if they hold the reviewer role and are no admin); `notEligible` says why not at all.
 */
export type CandidateDto = {
  id: string;
  name: string;
  disciplines: Discipline[];
  memberRole: MemberRole | null;
  eligibleFor: Discipline[];
  notEligible: string | null;
};

/** Every active user, by name, as the draft's panel editor offers them. */
export async function loadPanelCandidates(
  db: DbClient,
  members: readonly { userId: string; role: MemberRole }[],
): Promise<CandidateDto[]> {
  const users = await db.user.findMany({
    where: { active: true },
    select: { id: true, name: true, roles: true, disciplines: true },
    orderBy: { name: "asc" },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    disciplines: u.disciplines,
    memberRole: members.find((m) => m.userId === u.id)?.role ?? null,
    ...eligibility(u),
  }));
}

/** The same rule as seatEligibilityReasons, per person, for the editor's lists. */
function eligibility(u: { id: string; name: string; roles: Role[]; disciplines: Discipline[] }): {
  eligibleFor: Discipline[];
  notEligible: string | null;
} {
  const holder = { userId: u.id, name: u.name, active: true, roles: u.roles, disciplines: u.disciplines };
  const eligibleFor = u.disciplines.filter((d) => isEligible(holder, d));
  const why =
    u.disciplines.length === 0
      ? []
      : holderReasons(holder, u.disciplines[0]!).filter((r) => r.code !== "seat_discipline_not_held");
  return { eligibleFor, notEligible: eligibleFor.length > 0 ? null : (why[0]?.why ?? "holds no discipline") };
}
