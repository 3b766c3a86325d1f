import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("Markdown (card text)", () => {
  it("renders GitHub-flavoured Markdown: emphasis, lists, tables, safe links", () => {
    const out = html(
      "**bold** _it_\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[site](https://example.org) [page](/projects)",
    );
    expect(out).toContain("<strong>bold</strong>");
    expect(out).toContain("<li>one</li>");
    expect(out).toContain('<td class="border-b border-slate-200 py-1 pr-3 align-top">1</td>');
    expect(out).toContain('href="https://example.org/"');
    expect(out).toContain('href="/projects"');
  });

  it("never renders a script, an event handler or a javascript: URL", () => {
    const out = html(
      '<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3)) <a href="javascript:alert(4)">y</a> ![i](javascript:alert(5)) [d](data:text/html,hi)',
    );
    expect(out).not.toMatch(/<script|onerror|javascript:|data:text/i);
    expect(out).not.toContain("<img");
  });

  it("starts headings inside card text at h4, and shows a placeholder for empty text", () => {
    expect(html("# Title")).toContain("<h4");
    expect(html("   ")).toContain("Not written yet.");
  });
});
