/** Joins class names, skipping falsy values (no dependency for a one-liner). */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}
