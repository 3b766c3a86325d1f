import { reason, type Reason } from "./decision";
import type { Discipline, Role } from "./vocabulary";

/** The access an admin sets on a user's account. */
export type UserAccess = { roles: readonly Role[]; disciplines: readonly Discipline[]; active: boolean };

/**
 * An admin editing their own account keeps the admin role and stays active: ask another admin,
 * so the site is never left without one. Who may edit accounts at all is the permission table's.
 */
export function ownAccessReasons(input: { actorId: string; userId: string; next: UserAccess }): Reason[] {
  if (input.actorId !== input.userId) return [];
  const out: Reason[] = [];
  if (!input.next.roles.includes("admin")) {
    out.push(
      reason(
        "own_admin_role",
        "You cannot remove your own admin role: ask another admin, so the site is never left without one.",
        "roles",
      ),
    );
  }
  if (!input.next.active) {
    out.push(
      reason(
        "own_account_active",
        "You cannot deactivate your own account: ask another admin, so the site is never left without one.",
        "active",
      ),
    );
  }
  return out;
}

const sameSet = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Same roles and disciplines (in any order) and the same active flag: nothing to write. */
export function sameAccess(a: UserAccess, b: UserAccess): boolean {
  return sameSet(a.roles, b.roles) && sameSet(a.disciplines, b.disciplines) && a.active === b.active;
}
