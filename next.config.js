// @ts-check

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
        ],
      },
    ];
  },
};

module.exports = nextConfig;
