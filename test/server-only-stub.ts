// Vitest runs DAL modules outside Next.js; "server-only" would throw there.
export {};
