import { z } from "zod";
import { MAX_LEVEL, MIN_LEVEL } from "@/lib/domain/vocabulary";

/**
 * Building blocks of the action schemas. Every object schema is `.strict()`; `parseStrict` turns
 * zod's one "unrecognized keys" issue into one issue per unknown field, so a tampered request
 * gets `fieldErrors.status = "…"` naming the field it must not send.
 */

/**
 * Text the database can store as written: no NUL byte (PostgreSQL text refuses it, which used to
 * surface as a 500) and no lone UTF-16 surrogate (it cannot be encoded as UTF-8 and would be
 * silently replaced). Every string input is checked: the schemas' text helpers refine with it,
 * and parseStrict scans the whole input first, so no action's string field escapes it.
 */
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const UNSAFE_TEXT_MESSAGE =
  "This contains characters that cannot be stored (a NUL byte or a broken Unicode character); remove them.";

export function isSafeText(value: string): boolean {
  return !UNSAFE_TEXT.test(value);
}

/** Paths ("tasks.0.text", or the key itself for a bad key) of every unsafe string in a JSON-like value. */
export function unsafeTextPaths(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
  depth = 0,
): (string | number)[][] {
  if (depth > 32) return out;
  if (typeof value === "string") {
    if (!isSafeText(value)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unsafeTextPaths(v, [...path, i], out, depth + 1));
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      if (!isSafeText(k)) out.push([...path, k.replace(UNSAFE_TEXT, "?")]);
      else unsafeTextPaths(v, [...path, k], out, depth + 1);
    }
  }
  return out;
}

/** A zod string refined to safe text (for schemas built outside the helpers below). */
export const safeString = (error?: string) =>
  z.string(error ? { error } : undefined).refine(isSafeText, UNSAFE_TEXT_MESSAGE);

/** Database ids (cuid-like): letters, digits, "_" and "-", at most 64 characters. */
export const idSchema = (what: string) =>
  z
    .string({ error: `Missing ${what}.` })
    .trim()
    .min(1, `Missing ${what}.`)
    .max(64, `This is not a valid ${what} id.`)
    .regex(/^[A-Za-z0-9_-]+$/, `This is not a valid ${what} id.`);

export const idListSchema = (what: string, max = 50) =>
  z.array(idSchema(what), { error: `Give a list of ${what}s.` }).max(max, `At most ${max} ${what}s.`);

export const levelSchema = (label = "level") =>
  z
    .number({ error: `Choose a ${label} from ${MIN_LEVEL} to ${MAX_LEVEL}.` })
    .int(`The ${label} must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}.`)
    .min(MIN_LEVEL, `The ${label} must be from ${MIN_LEVEL} to ${MAX_LEVEL}.`)
    .max(MAX_LEVEL, `The ${label} must be from ${MIN_LEVEL} to ${MAX_LEVEL}.`);

/** Required free text: trimmed, not empty, bounded. */
export const requiredText = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Use at most ${max} characters.`)
    .refine(isSafeText, UNSAFE_TEXT_MESSAGE);

/** Optional free text: trimmed, may be empty, bounded. */
export const optionalText = (max: number) =>
  z
    .string({ error: "Enter text." })
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .refine(isSafeText, UNSAFE_TEXT_MESSAGE);

export const reasonSchema = requiredText("a reason", 2000);

/** http(s) link; an empty field means "no link". */
export const optionalUrl = z
  .string({ error: "Enter a web address." })
  .trim()
  .max(2000, "Use at most 2000 characters.")
  .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "Enter a web address starting with http:// or https://.")
  .transform((v) => (v === "" ? null : v));

/** A date from a form ("2027-03-01") or a Date; invalid dates are refused. */
export const dateSchema = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? new Date(v.trim()) : v),
  z.date({ error: "Enter a valid date." }),
);

/** safeParse, with each unrecognized key reported under its own path. */
export function parseStrict<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  // Unsafe text anywhere in the input is refused under its own field before the schema runs.
  const unsafe = unsafeTextPaths(input);
  if (unsafe.length > 0) {
    const issues = unsafe.map((path): z.core.$ZodIssue => ({
      code: "custom",
      path,
      message: UNSAFE_TEXT_MESSAGE,
      input: undefined,
    }));
    return { success: false, error: new z.ZodError(issues) } as z.ZodSafeParseResult<z.output<S>>;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed;
  const issues = parsed.error.issues.flatMap((issue): z.core.$ZodIssue[] =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          ...issue,
          keys: [key],
          path: [...issue.path, key],
          message: `"${key}" is not a field of this form.`,
        }))
      : [issue],
  );
  return { success: false, error: new z.ZodError(issues) } as z.ZodSafeParseResult<z.output<S>>;
}
