/**
 * Every domain function returns a Decision instead of throwing, so the data layer can refuse a
 * change (and show all reasons at once) without try/catch around business rules.
 */

/** A single reason a change was refused; `code` is stable for the UI, `message` is for humans. */
export type Reason = { code: string; message: string; field?: string };

/** `ok: false` always carries at least one reason. */
export type Decision<T> = { ok: true; value: T } | { ok: false; reasons: Reason[] };

export function accept<T>(value: T): Decision<T> {
  return { ok: true, value };
}

export function refuse<T = never>(reasons: Reason[]): Decision<T> {
  return { ok: false, reasons };
}

export function reason(code: string, message: string, field?: string): Reason {
  return field === undefined ? { code, message } : { code, message, field };
}

/** Accepts only when no reasons were collected; `build` runs only then. */
export function decide<T>(reasons: readonly Reason[], build: () => T): Decision<T> {
  return reasons.length > 0 ? refuse([...reasons]) : accept(build());
}

/** Reasons of a refused decision, or none; handy when composing checks. */
export function reasonsOf<T>(decision: Decision<T>): Reason[] {
  return decision.ok ? [] : decision.reasons;
}

/** True when the text has at least one non-whitespace character. */
export function hasText(value: string | null | undefined): value is string {
  return typeof value === "string" && value.trim().length > 0;
}

/** "a", "a or b", "a, b or c" — for messages listing allowed values. */
export function listOf(items: readonly string[], conjunction: "or" | "and" = "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** Values that occur more than once, each reported once, in first-seen order. */
export function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}
