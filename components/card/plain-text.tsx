/**
 * Card text is Markdown written by users. Until sanitised Markdown lands, it is shown as plain
 * text: React escapes it, blank lines split paragraphs and single line breaks are kept.
 */
export function PlainText({ text, empty = "Not written yet." }: { text: string; empty?: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.replace(/^\n+|\s+$/g, ""))
    .filter((p) => p.trim().length > 0);
  if (paragraphs.length === 0) return <p className="text-sm italic text-slate-600">{empty}</p>;
  return (
    <div className="flex flex-col gap-3 text-sm leading-relaxed text-slate-900">
      {paragraphs.map((p, i) => (
        <p key={i} className="whitespace-pre-wrap break-words">
          {p}
        </p>
      ))}
    </div>
  );
}
