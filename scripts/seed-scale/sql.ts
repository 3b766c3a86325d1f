import type { PoolClient } from "pg";
import { RESEARCHERS } from "./params";

/**
 * The set-based steps: rows that follow from rows already written are expanded inside Postgres
 * (generate_series), in slices so progress can be printed.
 */

const STATEMENTS = [
  "meets the agreed accuracy on the held-out set",
  "degrades gracefully when an input feature is missing",
  "keeps p95 inference latency under the product budget",
  "documents every training data source with a datasheet",
  "is reproducible from pinned code, model and data versions",
  "flags out-of-distribution inputs to a human reviewer",
  "reports calibration error per subgroup",
  "logs every prediction with its model version",
];

/** Twenty requirements per project, risk = pFailure × value as lib/domain computes it. */
export async function insertRequirements(client: PoolClient, fromProject: string, toProject: string): Promise<number> {
  const res = await client.query(
    `INSERT INTO requirements (id, project_id, number, kind, statement, status, waiver_reason, p_failure, value, risk, owner_id, evidence_links, created_at, updated_at)
     SELECT p.id || 'q' || g.n, p.id, g.n,
            (ARRAY['research','technical','product'])[1 + g.n % 3]::"RequirementKind",
            'The system ' || ($3::text[])[1 + (abs(hashtext(p.id || g.n)) % array_length($3::text[], 1))] || '.',
            s.status::"RequirementStatus",
            CASE WHEN s.status = 'waived' THEN 'Not applicable to this deployment.' END,
            x.pf, x.val, x.pf * x.val,
            'su_r' || lpad(((substr(p.id, 3)::int) % $4)::text, 4, '0'),
            ARRAY[]::text[],
            p.created_at + (g.n || ' days')::interval, p.created_at + (g.n || ' days')::interval
     FROM projects p
     CROSS JOIN generate_series(1, 20) AS g(n)
     CROSS JOIN LATERAL (SELECT round((0.05 + (abs(hashtext(g.n || p.id)) % 56) / 100.0)::numeric, 2)::float8 AS pf,
                                1 + abs(hashtext(p.id || 'v' || g.n)) % 10 AS val,
                                abs(hashtext(p.id || 's' || g.n)) % 100 AS r) x
     CROSS JOIN LATERAL (SELECT CASE WHEN x.r < 40 THEN 'open' WHEN x.r < 65 THEN 'verified' WHEN x.r < 95 THEN 'validated' ELSE 'waived' END AS status) s
     WHERE p.id >= $1 AND p.id < $2`,
    [fromProject, toProject, STATEMENTS, RESEARCHERS],
  );
  return res.rowCount ?? 0;
}

/**
 * Votes for every seat and pin round (see votesOfReview in plan.ts for which seats are still to
 * vote in an open review's current round). The final round of a graduated review is unanimous;
 * a returned one has at least seat 1 voting "return".
 */
export async function insertVotes(
  client: PoolClient,
  fromReview: string,
  toReview: string,
  now: Date,
): Promise<number> {
  const res = await client.query(
    `INSERT INTO votes (id, review_id, seat_id, voter_id, pin_round, choice, component_pins, created_at, updated_at)
     SELECT 'sv' || substr(s.id, 3) || '_' || g.round, s.review_id, s.id, s.user_id, g.round,
            (CASE
               WHEN g.round = r.pin_round AND r.status = 'graduated' THEN 'graduate'
               WHEN g.round = r.pin_round AND r.status = 'returned' AND k.pos = 1 THEN 'return'
               WHEN abs(hashtext(s.id || g.round)) % 100 < 78 THEN 'graduate'
               ELSE 'return' END)::"VoteChoice",
            '{}'::jsonb, t.ts, t.ts
     FROM reviews r
     JOIN panel_seats s ON s.review_id = r.id
     CROSS JOIN LATERAL (SELECT split_part(s.id, '_', 2)::int AS pos) k
     CROSS JOIN LATERAL generate_series(0, r.pin_round) AS g(round)
     CROSS JOIN LATERAL (SELECT r.opened_at + (coalesce(r.decided_at, r.withdrawn_at, $3::timestamptz) - r.opened_at)
                                * ((g.round + 0.5 + k.pos * 0.03) / (r.pin_round + 1)) AS ts) t
     WHERE r.id >= $1 AND r.id < $2 AND r.status <> 'draft'
       AND (g.round < r.pin_round OR r.status IN ('graduated', 'returned') OR (k.pos + substr(r.id, 3)::int) % 3 <> 0)`,
    [fromReview, toReview, now],
  );
  return res.rowCount ?? 0;
}

/** One audit event per vote, as castVote writes it. */
export async function insertVoteAudit(client: PoolClient, fromReview: string, toReview: string): Promise<number> {
  const res = await client.query(
    `INSERT INTO audit_events (id, actor_id, action, entity_type, entity_id, project_id, after, created_at)
     SELECT 'sa_' || v.id, v.voter_id, 'review.vote', 'review', v.review_id, r.project_id,
            jsonb_build_object('voteId', v.id, 'pinRound', v.pin_round, 'choice', v.choice), v.created_at
     FROM votes v JOIN reviews r ON r.id = v.review_id
     WHERE v.review_id >= $1 AND v.review_id < $2`,
    [fromReview, toReview],
  );
  return res.rowCount ?? 0;
}
