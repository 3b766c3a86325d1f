import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { CheckResult } from "../commands/check";
import type { ProjectView } from "../commands/status";
import type { CardSection } from "../card-format";

/**
 * A test double of the network peer: a loopback HTTP server that speaks the REST API v1 contract
 * the client is written against (docs/api.md), in memory. The journey against the real API is an
 * e2e test of its own; this one pins what the client sends and how it reads each answer.
 */
export type RecordedRequest = { method: string; path: string; headers: IncomingMessage["headers"]; body: unknown };

export type ContractState = {
  token: string;
  scopes: string[];
  /** Each project's card revisions; revision N is `revisions[N - 1]`. */
  cards: Map<string, { level: number | null; revisions: CardSection[][] }>;
  projects: Map<string, ProjectView>;
  checks: Map<string, CheckResult>;
  evidence: unknown[];
  requests: RecordedRequest[];
  /** Names of the current votes a card write would reset (an open review); emptied by a write. */
  voters: string[];
};

export type ContractServer = { url: string; state: ContractState; close: () => Promise<void> };

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

function problem(status: number, title: string, extra: Record<string, unknown> = {}): Reply {
  const headers: Record<string, string> = { "x-request-id": `req-${status}` };
  if (status === 401) headers["www-authenticate"] = "Bearer";
  return { status, headers, body: { type: `https://mltrl.dev/problems/${status}`, title, status, ...extra } };
}

function scoped(state: ContractState, scope: string, reply: () => Reply): Reply {
  if (!state.scopes.includes(scope)) {
    return problem(403, "Forbidden", { detail: `This token lacks the "${scope}" scope.`, reasons: [] });
  }
  return reply();
}

function cardReply(slug: string, card: { level: number | null; revisions: CardSection[][] }, revision: number): Reply {
  const sections = card.revisions[revision - 1];
  if (!sections) return problem(404, "Not found", { detail: `No revision ${revision}.` });
  return {
    status: 200,
    headers: { etag: `"${revision}"` },
    body: { project: slug, revision, level: card.level, sections },
  };
}

function putSection(
  state: ContractState,
  slug: string,
  key: string,
  ifMatch: string | undefined,
  body: unknown,
): Reply {
  const card = state.cards.get(slug);
  if (!card) return problem(404, "Not found");
  if (!ifMatch) return problem(428, "If-Match required", { detail: "Send the revision you edited as If-Match." });
  const current = card.revisions.length;
  const sections = card.revisions[current - 1]!;
  const text = (body as { body?: unknown } | null)?.body;
  if (typeof text !== "string")
    return problem(422, "Invalid input", { errors: [{ path: "body", message: "Required" }] });
  const section = sections.find((s) => s.key === key);
  if (!section) return problem(404, "Not found", { detail: `No section ${key}.` });
  if (ifMatch !== `"${current}"`) {
    // As the API does: the diff holds the one section sent.
    const diff = [{ key, title: section.title, yours: text, theirs: section.body }];
    return problem(412, "The card changed since your revision", { currentRevision: current, diff, reasons: [] });
  }
  if (section.body === text)
    return { status: 200, headers: { etag: `"${current}"` }, body: { revision: current, changed: false } };
  const acknowledged = (body as { acknowledgedVoteResets?: number }).acknowledgedVoteResets ?? 0;
  if (state.voters.length > acknowledged) {
    const reason = `Not saved: This resets ${state.voters.length} current votes (${state.voters.join(", ")}).`;
    return problem(409, "Refused in the current state", { reasons: [reason], voteResets: state.voters });
  }
  state.voters = [];
  card.revisions.push(sections.map((s) => (s.key === key ? { ...s, body: text } : s)));
  const revision = card.revisions.length;
  return { status: 200, headers: { etag: `"${revision}"` }, body: { revision, changed: true } };
}

function postEvidence(state: ContractState, body: unknown): Reply {
  const input = body as { target?: { kind?: string }; passed?: boolean; metrics?: { value: number }[] } | null;
  if (!input?.target?.kind) {
    return problem(422, "Invalid input", { errors: [{ path: "target", message: "Required" }] });
  }
  state.evidence.push(input);
  const passed = input.passed ?? (input.metrics ?? []).every((m) => m.value >= 0.9);
  const requirementStatus = input.target.kind === "requirement" ? (passed ? "verified" : "regressed") : null;
  return { status: 201, body: { id: `ev_${state.evidence.length}`, requirementStatus } };
}

function route(state: ContractState, req: IncomingMessage, url: URL, body: unknown): Reply {
  if (req.headers.authorization !== `Bearer ${state.token}`) {
    return problem(401, "Unauthorized", { detail: "The token is missing, expired or revoked." });
  }
  const path = url.pathname.replace(/^\/api\/v1/, "");
  const method = req.method ?? "GET";
  if (method === "GET" && path === "/me") {
    const user = { id: "u1", name: "Ada Lovelace", email: "ada@example.com" };
    return {
      status: 200,
      body: { user, token: { name: "laptop", scopes: state.scopes, project: null, expiresAt: null } },
    };
  }
  const match = path.match(/^\/projects\/([^/]+)(\/.*)?$/);
  if (!match) return problem(404, "Not found");
  const slug = decodeURIComponent(match[1]!);
  const rest = match[2] ?? "";
  const card = state.cards.get(slug);
  if (method === "GET" && rest === "") {
    const project = state.projects.get(slug);
    return scoped(state, "read", () => (project ? { status: 200, body: project } : problem(404, "Not found")));
  }
  if (method === "GET" && rest === "/card") {
    if (!card) return problem(404, "Not found", { detail: `No project ${slug}.` });
    const pinned = url.searchParams.get("revision");
    return scoped(state, "read", () => cardReply(slug, card, pinned ? Number(pinned) : card.revisions.length));
  }
  const section = rest.match(/^\/card\/sections\/([^/]+)$/);
  if (method === "PUT" && section) {
    const key = decodeURIComponent(section[1]!);
    return scoped(state, "card", () => putSection(state, slug, key, req.headers["if-match"], body));
  }
  if (method === "POST" && rest === "/evidence") return scoped(state, "evidence", () => postEvidence(state, body));
  if (method === "GET" && rest === "/check") {
    const result = state.checks.get(slug);
    return scoped(state, "read", () => (result ? { status: 200, body: result } : problem(404, "Not found")));
  }
  return problem(404, "Not found");
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : undefined;
}

function send(res: ServerResponse, reply: Reply): void {
  const isProblem = reply.status >= 400;
  res.writeHead(reply.status, {
    "content-type": isProblem ? "application/problem+json" : "application/json",
    ...reply.headers,
  });
  res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
}

export async function startContractServer(initial: Partial<ContractState> = {}): Promise<ContractServer> {
  const state: ContractState = {
    token: "mltrl_test_secret",
    scopes: ["read", "evidence", "card"],
    cards: new Map(),
    projects: new Map(),
    checks: new Map(),
    evidence: [],
    requests: [],
    voters: [],
    ...initial,
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    readBody(req).then(
      (body) => {
        state.requests.push({
          method: req.method ?? "GET",
          path: url.pathname + url.search,
          headers: req.headers,
          body,
        });
        send(res, route(state, req, url, body));
      },
      () => send(res, problem(400, "Bad request")),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
