/** A positive whole number from a URL search parameter, or null ("?revision=abc" is ignored). */
export function positiveInt(value: string | string[] | undefined): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !/^[1-9]\d{0,8}$/.test(v)) return null;
  return Number(v);
}
