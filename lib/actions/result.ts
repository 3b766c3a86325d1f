import { unstable_rethrow } from "next/navigation";
import type { ZodError } from "zod";
import { TwoFactorEnrolmentRequiredError } from "@/lib/auth/two-factor-gate";
import type { Decision, Reason } from "@/lib/domain/decision";

/**
 * The contract between server actions and forms. Not a "use server" file: it exports types and
 * sync helpers, which such files may not.
 *
 * - `fieldErrors` maps a form field path ("email", "roles", "tasks.0.text") to one message, ready
 *   for react-hook-form's `setError(path, { message })`.
 * - `message` is a form-level message, safe to show as is.
 * Only messages written for users ever get here: unexpected errors are logged on the server and
 * replaced by GENERIC_ERROR_MESSAGE (never a stack trace or a database error).
 */
export type FieldErrors = Record<string, string>;
export type ActionFailure = { ok: false; message?: string; fieldErrors?: FieldErrors };
export type ActionResult<T = undefined> = { ok: true; data?: T } | ActionFailure;

export const GENERIC_ERROR_MESSAGE =
  "Something went wrong on our side. Try again; if it keeps happening, tell an admin.";
export const NOT_SIGNED_IN_MESSAGE = "Your session has ended. Sign in again and retry.";
const CHECK_FIELDS_MESSAGE = "Check the highlighted fields.";

export function ok<T>(data?: T): { ok: true; data?: T } {
  return data === undefined ? { ok: true } : { ok: true, data };
}

export function failure(message: string, fieldErrors?: FieldErrors): ActionFailure {
  return fieldErrors && Object.keys(fieldErrors).length > 0
    ? { ok: false, message, fieldErrors }
    : { ok: false, message };
}

export function notSignedIn(): ActionFailure {
  return { ok: false, message: NOT_SIGNED_IN_MESSAGE };
}

/** First message per field path; issues without a path (e.g. unknown keys) become form errors. */
export function fieldErrorsFromZod(error: ZodError): { fieldErrors: FieldErrors; formErrors: string[] } {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (!path) formErrors.push(issue.message);
    else fieldErrors[path] ??= issue.message;
  }
  return { fieldErrors, formErrors };
}

/** The failure for input that did not pass the action's schema. */
export function invalidInput(error: ZodError): ActionFailure {
  const { fieldErrors, formErrors } = fieldErrorsFromZod(error);
  return failure(formErrors.length > 0 ? formErrors.join(" ") : CHECK_FIELDS_MESSAGE, fieldErrors);
}

/** Domain/DAL refusal reasons: those naming a field go under it, the rest form the message. */
export function refused(reasons: readonly Reason[]): ActionFailure {
  const fieldErrors: FieldErrors = {};
  const general: string[] = [];
  for (const r of reasons) {
    if (r.field) fieldErrors[r.field] ??= r.message;
    else general.push(r.message);
  }
  return failure(general.length > 0 ? general.join(" ") : CHECK_FIELDS_MESSAGE, fieldErrors);
}

export function fromDecision<T>(decision: Decision<T>): ActionResult<T> {
  return decision.ok ? ok(decision.value) : refused(decision.reasons);
}

/**
 * Runs an action body; an unexpected throw is logged with the command's name and a per-call request
 * id, and becomes a generic failure. Next's redirect()/notFound() signals are re-thrown so they
 * still work inside actions.
 */
export async function runAction<T>(name: string, body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const requestId = crypto.randomUUID();
  try {
    return await body();
  } catch (error) {
    unstable_rethrow(error);
    // The required-2FA gate (lib/auth.ts requireUserForAction): a precise refusal, not an error.
    if (error instanceof TwoFactorEnrolmentRequiredError) return { ok: false, message: error.message };
    console.error(`[action ${name} request=${requestId}] unexpected error`, error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
}
