// @ts-check

// Only features Chromium recognises: it logs a warning for an unknown one on every page.
const PERMISSIONS_POLICY = [
  "accelerometer",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

// The Content-Security-Policy is not here: it carries a per-request nonce, so the proxy sets it
// (lib/security-headers.ts).
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` runs tsc over the whole tree (tests included) as its own step; checking again
  // inside next build would only double the build time.
  typescript: { ignoreBuildErrors: true },
  // Native argon2 and the pg driver stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "rate-limiter-flexible"],
  // forbidden() from next/navigation: a "not allowed" page answers 403 (app/**/forbidden.tsx).
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // No page here needs a device or sensor: deny them all, for embedded content too.
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          // A page another site opens (or that opens one) shares no window handle with it.
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
