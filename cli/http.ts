import { ApiError, CliError, type Problem } from "./errors";
import { EXIT } from "./exit-codes";
import type { Credentials } from "./config";

/** The revision travels in the body too (`revision`), so the client reads it there, not from ETag. */
export type ApiResponse<T> = { status: number; body: T };

export type RequestOptions = { method?: string; body?: unknown; ifMatch?: number };

/** A thin client of the REST API v1 (docs/api.md): bearer token in, JSON or problem details out. */
export type Api = <T>(path: string, options?: RequestOptions) => Promise<ApiResponse<T>>;

export function createApi(credentials: Credentials, fetchImpl: typeof fetch = fetch): Api {
  return async function request<T>(path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = {
      authorization: `Bearer ${credentials.token}`,
      accept: "application/json, application/problem+json",
    };
    if (options.body !== undefined) headers["content-type"] = "application/json";
    if (options.ifMatch !== undefined) headers["if-match"] = `"${options.ifMatch}"`;
    let response: Response;
    try {
      response = await fetchImpl(`${credentials.server}/api/v1${path}`, {
        method: options.method ?? "GET",
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        redirect: "error",
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new CliError(`Could not reach ${credentials.server}`, EXIT.failure, [cause]);
    }
    const text = await response.text();
    const parsed = parseJson(text);
    if (!response.ok) {
      const error = new ApiError(response.status, toProblem(response, parsed, text));
      error.details.push(...requestIdLine(response));
      throw error;
    }
    return { status: response.status, body: parsed as T };
  };
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toProblem(response: Response, parsed: unknown, text: string): Problem {
  const problem: Problem =
    parsed && typeof parsed === "object" ? (parsed as Problem) : { detail: text.slice(0, 200) || undefined };
  if (response.status === 429) {
    const retry = response.headers.get("retry-after");
    if (retry) problem.detail = `${problem.detail ? `${problem.detail} ` : ""}Retry after ${retry} s.`;
  }
  return { ...problem, title: problem.title ?? `${response.status} ${response.statusText}`.trim() };
}

/** The server's request id, printed under a refusal so an operator can find it in the logs. */
export function requestIdLine(response: Response): string[] {
  const id = response.headers.get("x-request-id");
  return id ? [`Request id: ${id}`] : [];
}
