import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { safeHref } from "@/components/ui/safe-href";
import { Table } from "@/components/ui/table";

/**
 * Card text is Markdown written by users, rendered safely in three layers:
 * 1. react-markdown never renders raw HTML (no rehype-raw): `<script>` shows as text at most;
 * 2. rehype-sanitize (GitHub's schema) drops anything outside the allow-list, including every
 *    URL protocol but http(s), mailto and a few chat protocols;
 * 3. links and images go through safeHref, so only http(s) and same-site paths ever become an
 *    href — a `javascript:` link renders as plain text.
 * Works in server components (card pages) and client components (the editor's live preview).
 * Headings inside card text start at h4: the card's own sections use h2/h3.
 */
const heading = (Tag: "h4" | "h5" | "h6", className: string): Components["h1"] =>
  function Heading({ children }) {
    return <Tag className={className}>{children}</Tag>;
  };

const components: Components = {
  h1: heading("h4", "text-base font-semibold text-slate-900"),
  h2: heading("h5", "text-sm font-semibold text-slate-900"),
  h3: heading("h6", "text-sm font-semibold text-slate-800"),
  h4: heading("h6", "text-sm font-semibold text-slate-800"),
  h5: heading("h6", "text-sm font-medium text-slate-800"),
  h6: heading("h6", "text-sm font-medium text-slate-800"),
  p: ({ children }) => <p className="break-words">{children}</p>,
  a: ({ href, children }) => {
    const safe = safeHref(href ?? "");
    if (!safe) return <span className="break-words">{children}</span>;
    return (
      <a href={safe} className="break-words text-blue-700 underline" rel="noopener noreferrer nofollow">
        {children}
      </a>
    );
  },
  img: ({ src, alt }) => {
    const safe = typeof src === "string" ? safeHref(src) : null;
    // Images are shown as links: the card must not load third-party content on its own.
    return safe ? (
      <a href={safe} className="text-blue-700 underline" rel="noopener noreferrer nofollow">
        Image: {alt || safe}
      </a>
    ) : (
      <span>{alt}</span>
    );
  },
  ul: ({ children }) => <ul className="ml-5 list-disc space-y-1">{children}</ul>,
  ol: ({ children }) => <ol className="ml-5 list-decimal space-y-1">{children}</ol>,
  blockquote: ({ children }) => (
    <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-700">{children}</blockquote>
  ),
  code: ({ children }) => (
    <code className="rounded bg-slate-100 px-1 font-mono text-[0.9em] text-slate-900">{children}</code>
  ),
  pre: ({ children }) => (
    <pre className="overflow-x-auto rounded bg-slate-100 p-3 text-xs [&_code]:bg-transparent [&_code]:p-0">
      {children}
    </pre>
  ),
  // User-written tables have no caption; their cells come from the Markdown as they are.
  table: ({ children }) => (
    <Table scroll caption={null}>
      {children}
    </Table>
  ),
  th: ({ children }) => <th className="border-b border-slate-300 py-1 pr-3 font-semibold">{children}</th>,
  td: ({ children }) => <td className="border-b border-slate-200 py-1 pr-3 align-top">{children}</td>,
  hr: () => <hr className="border-slate-300" />,
};

export function Markdown({ text, empty = "Not written yet." }: { text: string; empty?: string }) {
  if (!text.trim()) return <p className="text-sm italic text-slate-600">{empty}</p>;
  return (
    <div className="flex flex-col gap-3 text-sm leading-relaxed text-slate-900">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={components} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
