import type { SessionUser } from "@/lib/auth/session-user";
import { generateTotpSecret, totpCodeAt } from "@/lib/auth/totp";
import { hashPassword } from "@/lib/password";
import type { TestDb } from "./db";
import { makeProject, makeReview, requiredSeats, type RoleName } from "./gate-fixtures";

/**
 * What the authorisation matrix's scenarios (./authorization-scenarios.ts,
 * ./authorization-user-scenarios.ts) build on: the database and the cast, set once the test has
 * opened them, and builders of a fresh project or review in which a command is possible.
 */
export type Who = RoleName | "anonymous";
/** `hidden`: others' rows are out of the caller's scope, so a refusal says "does not exist". */
/** `setup` gets the caller, for rows about the caller's own account (password, two-factor). */
/** `command`: a further row for a command already listed (another scenario), named `<command>_<scenario>`. */
export type Row = { allowed: RoleName[]; setup: (who: Who) => Promise<unknown>; hidden?: boolean; command?: string };

export let t: TestDb;
export let cast: Record<RoleName, SessionUser>;
export let fillers: string[];

export function setMatrixContext(context: { t: TestDb; cast: Record<RoleName, SessionUser>; fillers: string[] }) {
  ({ t, cast, fillers } = context);
}

export const EDITORS: RoleName[] = ["owner", "contributor", "admin"];
export const CHAIR: RoleName[] = ["seatedReviewer"];
export const ADMIN: RoleName[] = ["admin"];

const members = () => ({ owners: [cast.owner.id], contributors: [cast.contributor.id] });
export const project = (levels: number[], status: "active" | "paused" = "active") =>
  makeProject(t.db, { ...members(), levels, status, requirements: true });

export async function review(level: number, status: "draft" | "open" | "graduated" | "returned", complete = true) {
  const atLevel = status === "graduated" ? level + 1 : level;
  const p = await project([atLevel]);
  const seats = requiredSeats(level, [cast.seatedReviewer.id, ...fillers]);
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level,
    status,
    authorId: cast.owner.id,
    seats,
    complete,
  });
  return { p, reviewId: r.id };
}

/** A task of a returned review, ticked off already or not. */
export async function returnedTask(done: boolean) {
  const { reviewId } = await review(3, "returned");
  return t.db.reviewTask.create({
    data: {
      reviewId,
      position: 1,
      text: "Raise coverage to 80%.",
      ...(done ? { doneAt: new Date(), doneById: cast.owner.id, evidence: "https://ci.example.org/0" } : {}),
    },
  });
}

/** Own-account rows: the caller (the owner for "anonymous", who is refused anyway) gets a known password, 2FA off or on. */
export const OWN_PASSWORD = "matrix-current-passphrase-1";
let ownPasswordHash: string | undefined;
export async function ownAccount(who: Who, twoFactor: boolean) {
  const user = cast[who === "anonymous" ? "owner" : who];
  ownPasswordHash ??= await hashPassword(OWN_PASSWORD);
  const secret = generateTotpSecret();
  // lib/dal reads DATABASE_URL on first import: only after openAppDatabase (like the actions).
  const { sealTotpSecret } = await import("@/lib/auth/second-factor");
  await t.db.recoveryCode.deleteMany({ where: { userId: user.id } });
  await t.db.user.update({
    where: { id: user.id },
    data: twoFactor
      ? {
          passwordHash: ownPasswordHash,
          totpSecret: sealTotpSecret(user.id, secret),
          totpEnabledAt: new Date(),
          totpLastStep: null,
        }
      : { passwordHash: ownPasswordHash, totpSecret: null, totpEnabledAt: null, totpLastStep: null },
  });
  return { user, secret, code: totpCodeAt(secret, new Date()) };
}
