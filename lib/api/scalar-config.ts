/**
 * How /api-reference/try configures Scalar (its "universal configuration"). Everything that would
 * reach another host is off: default fonts (fonts.scalar.com), telemetry, the AI agent, the MCP
 * button, the "Open API Client" link to client.scalar.com, the request proxy (proxy.scalar.com; our API is same-origin). "Try it" sends the bearer
 * token the user pastes; it stays in the page's memory (persistAuth off: not in localStorage).
 */
export const BEARER_SCHEME = "bearer";

/**
 * Scalar's light theme draws secondary text, the POST/PATCH badges and JSON highlighting below
 * WCAG AA contrast (4.5:1, grey #8e8e8e, yellow #f6bc00…): darker shades (Tailwind's 700s) that
 * pass on its white and light grey backgrounds. Unlayered, so it wins over the theme's layer.
 */
const CONTRAST_CSS = `.light-mode {
  --scalar-color-3: #5f5f5f;
  --scalar-color-green: #047857;
  --scalar-color-yellow: #92400e;
  --scalar-color-orange: #c2410c;
  --scalar-color-blue: #1d4ed8;
  --scalar-color-red: #b91c1c;
  --scalar-color-purple: #7e22ce;
  --scalar-color-pink: #be185d;
}`;

export function scalarConfiguration(documentUrl: string) {
  return {
    url: documentUrl,
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: "never",
    // "Open API Client" would hand our document's URL to client.scalar.com, inviting users to paste
    // their token into a third party's app.
    hideClientButton: true,
    persistAuth: false,
    authentication: { preferredSecurityScheme: BEARER_SCHEME },
    documentDownloadType: "json",
    // The app has no dark mode: keep the reference light like the pages around it.
    forceDarkModeState: "light",
    hideDarkModeToggle: true,
    customCss: CONTRAST_CSS,
  } as const;
}
