import "server-only";
import { notFound } from "next/navigation";
import { UNSAFE_TEXT_MESSAGE, unsafeTextPaths } from "@/lib/schemas/common";

/**
 * Route parameters and query strings are input too. A NUL byte (or a broken Unicode character)
 * cannot name any stored object and PostgreSQL refuses it inside a query, which surfaced as a 500
 * with a stack trace; pages answer 404 instead and route handlers 400 naming the parameter.
 */
export async function safeParams<T extends object>(params: Promise<T>): Promise<T> {
  const value = await params;
  if (unsafeTextPaths(value).length > 0) notFound();
  return value;
}

/** The 400 a route handler answers when a parameter or query value is unsafe; null when all are fine. */
export function unsafeInputResponse(input: { params?: object; url?: string }): Response | null {
  const query = input.url
    ? Object.fromEntries(
        [...new URL(input.url).searchParams.keys()].map((k) => [k, new URL(input.url!).searchParams.getAll(k)]),
      )
    : {};
  const paths = [...unsafeTextPaths(input.params ?? {}), ...unsafeTextPaths(query)];
  if (paths.length === 0) return null;
  const fieldErrors = Object.fromEntries(paths.map((p) => [String(p[0] ?? "input"), UNSAFE_TEXT_MESSAGE]));
  return Response.json(
    { error: "Check the highlighted fields.", fieldErrors },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
}
