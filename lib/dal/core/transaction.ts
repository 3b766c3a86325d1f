import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { accept, reason, refuse, type Decision, type Reason } from "@/lib/domain/decision";
import { can, type Action, type Actor, type PermissionContext } from "@/lib/domain/permissions";
import type { MemberRole } from "@/lib/domain/vocabulary";
import type { Tx } from "@/lib/dal/core/audit";

export type { Tx };

/**
 * Command plumbing shared by every DAL write: one transaction per command, refusals as typed
 * errors that roll the transaction back, and a bounded retry for the races the database settles.
 */

/** A refusal raised inside a transaction: everything rolls back and the reasons reach the user. */
export class DomainError extends Error {
  readonly reasons: Reason[];
  constructor(reasons: Reason[]) {
    super(reasons.map((r) => r.message).join(" "));
    this.name = "DomainError";
    this.reasons = reasons;
  }
}

/** A compare-and-set matched no row: someone changed it since we read it. The command is retried. */
export class ConflictError extends Error {
  constructor(what: string) {
    super(`Compare-and-set failed: ${what}`);
    this.name = "ConflictError";
  }
}

export const CHANGED_MEANWHILE = reason(
  "changed_meanwhile",
  "Someone else changed this at the same moment. Reload the page and try again.",
);

/**
 * For a compare-and-set that refuses instead of re-running: the row changed under the user's edit,
 * and re-deciding on the new state would let one person's change silently replace another's.
 */
export const editedMeanwhile = (what: string): Reason =>
  reason("changed_meanwhile", `Someone changed this ${what} while you were editing. Reload the page and try again.`);

export const toActor = (user: SessionUser): NonNullable<Actor> => ({ userId: user.id, roles: user.roles });

/** The accepted value, or a DomainError carrying the reasons. */
export function unwrap<T>(decision: Decision<T>): T {
  if (!decision.ok) throw new DomainError(decision.reasons);
  return decision.value;
}

export function refuseIf(reasons: readonly Reason[]): void {
  if (reasons.length > 0) throw new DomainError([...reasons]);
}

/** The permission table of lib/domain, asked inside the transaction with the member role/seat read there. */
export function permit(user: SessionUser, action: Action, ctx: PermissionContext = {}): void {
  unwrap(can(toActor(user), action, ctx));
}

export function memberRoleOf(
  members: readonly { userId: string; role: MemberRole }[],
  userId: string,
): MemberRole | null {
  return members.find((m) => m.userId === userId)?.role ?? null;
}

/** Compare-and-set result check: exactly one row must have matched the expected state. */
export function expectOne(count: number, what: string): void {
  if (count !== 1) throw new ConflictError(what);
}

export function notFound(what: string, field?: string): DomainError {
  return new DomainError([reason("not_found", `This ${what} does not exist (any more). Reload the page.`, field)]);
}

/** Row locks (Prisma has no FOR UPDATE): taken first, so concurrent commands on one row queue up. */
export async function lockReview(tx: Tx, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM reviews WHERE id = ${id} FOR UPDATE`;
  if (rows.length !== 1) throw notFound("review", "reviewId");
}

export async function lockProject(tx: Tx, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM projects WHERE id = ${id} FOR UPDATE`;
  if (rows.length !== 1) throw notFound("project", "projectId");
}

const RETRYABLE_PRISMA_CODES = new Set(["P2002", "P2034"]);
/** serialization_failure, deadlock_detected, unique_violation. */
const RETRYABLE_PG_CODES = new Set(["40001", "40P01", "23505"]);

export function isRetryable(error: unknown): boolean {
  if (error instanceof ConflictError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (RETRYABLE_PRISMA_CODES.has(error.code)) return true;
    const meta = error.meta as
      { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
    const pg = meta?.code ?? meta?.driverAdapterError?.cause?.originalCode;
    return typeof pg === "string" && RETRYABLE_PG_CODES.has(pg);
  }
  return false;
}

export const MAX_ATTEMPTS = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in one transaction (READ COMMITTED plus the row locks each command takes). A
 * DomainError becomes a refusal; a lost race (compare-and-set miss, unique violation, deadlock,
 * serialization failure) re-runs the whole command from a fresh snapshot, at most MAX_ATTEMPTS
 * times, so the retry re-decides on the state the winner left. Anything else propagates.
 */
export async function runTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<Decision<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return accept(await prisma.$transaction(work, { maxWait: 10_000, timeout: 30_000 }));
    } catch (error) {
      if (error instanceof DomainError) return refuse(error.reasons);
      if (!isRetryable(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        if (error instanceof ConflictError) return refuse([CHANGED_MEANWHILE]);
        throw error;
      }
      await sleep(5 * 2 ** attempt * Math.random());
    }
  }
}
