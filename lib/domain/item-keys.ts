/** Keys of checklist items (ethics items, gate criteria): snake_case, starting with a letter. */
export const MAX_ITEM_KEY_LENGTH = 60;

/**
 * A key from a label that always passes the key rules: "Human oversight is defined" →
 * "human_oversight_is_defined", cut to the length limit at a word boundary where possible, and
 * made unique against `taken` with a numeric suffix that still fits.
 */
export function keyFromLabel(label: string, taken: readonly string[] = [], max = MAX_ITEM_KEY_LENGTH): string {
  let base = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!/^[a-z]/.test(base)) base = base ? `item_${base}` : "item";
  const cut = (s: string, n: number) => {
    if (s.length <= n) return s;
    const head = s.slice(0, n);
    const boundary = head.lastIndexOf("_");
    return (boundary >= n / 2 ? head.slice(0, boundary) : head).replace(/_+$/, "");
  };
  const key = cut(base, max);
  if (!taken.includes(key)) return key;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const candidate = `${cut(base, max - suffix.length)}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
