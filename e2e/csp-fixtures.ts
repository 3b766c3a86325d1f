import { test as base, expect, type Page } from "@playwright/test";

/**
 * A `test` whose pages report every Content-Security-Policy violation: the browser's own console
 * errors ("Refused to …") and the `securitypolicyviolation` events the document fires, and any
 * complaint about the Permissions-Policy header. The test
 * fails at its end if any happened, so a journey written with it proves the policy lets the app
 * run (hydration, charts, the editors) as it is.
 */
export type CspViolations = { list: string[]; watch: (page: Page) => Promise<void> };

export const test = base.extend<{ cspViolations: CspViolations }>({
  cspViolations: [
    async ({ page }, use) => {
      const list: string[] = [];
      const watched = new WeakSet<Page>();
      const watch = async (p: Page) => {
        if (watched.has(p)) return;
        watched.add(p);
        p.on("console", (msg) => {
          if (
            msg.type() === "error" &&
            /Content Security Policy|Refused to (execute|load|apply|evaluate|connect|frame)/i.test(msg.text())
          )
            list.push(`console: ${msg.text()}`);
          // A feature name Chromium does not know is reported on every page (as a warning).
          if (/Permissions-Policy/i.test(msg.text())) list.push(`console: ${msg.text()}`);
        });
        await p.exposeFunction("__reportCspViolation", (v: string) => list.push(`event: ${v}`));
        // Runs before any page script, in every document this page loads (not subject to the CSP).
        await p.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (e) => {
            const w = window as unknown as { __reportCspViolation: (v: string) => void };
            w.__reportCspViolation(
              `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} (${location.pathname})`,
            );
          });
        });
      };
      await watch(page);
      await use({ list, watch });
      expect(list, "Content-Security-Policy violations or header errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The CSP of a response, as directive → sources. */
export function parseCsp(header: string | undefined): Map<string, string[]> {
  return new Map(
    (header ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)]),
  );
}
