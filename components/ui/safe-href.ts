/**
 * Card links are user-written text. Only http(s) URLs and same-site paths become links, so a
 * "javascript:" or "data:" URL can never be rendered as a clickable href.
 */
export function safeHref(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return value;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
