/** The database URL for command-line scripts, with a clear message when it is missing. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set. Point it at a Postgres (see README, 'Real Postgres'), or run the\n" +
        "command through `npm start`, which starts the embedded database and sets it for you.",
    );
    process.exit(1);
  }
  return url;
}
