import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { STORED_CARD_SECTIONS } from "@/lib/domain/card-content";
import { cardToMarkdown } from "@/lib/domain/card-export";
import { seedDemo } from "@/prisma/seed/index";
import type { TestDb } from "@/test/db";
import { openAppDatabase } from "@/test/gate-fixtures";

/**
 * The card snapshot of the seeded neuropathology copilot (the paper's Figure 3 card): the summary
 * block derived from the project, links to the card at each earlier level, and a Markdown export
 * holding every section with its text.
 */
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ requireUser: async () => session.user, getSessionUser: async () => session.user }));

let t: TestDb;
let closeDb: () => Promise<void>;
let snapshots: typeof import("@/lib/dal/cards/read-card-page");

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase({ poolSize: 4, before: (fresh) => seedDemo(fresh.db) }));
  snapshots = await import("@/lib/dal/cards/read-card-page");
  const lena = await t.db.user.findFirstOrThrow({ where: { email: { startsWith: "lena.okafor@" } } });
  session.user = { id: lena.id, email: lena.email, name: lena.name, roles: lena.roles, disciplines: lena.disciplines };
});

afterAll(async () => {
  await closeDb?.();
});

describe("card snapshot of the seeded neuropathology copilot", () => {
  it("derives the summary block: ID, level, earlier-level cards, people, ethics check, components, requirements, debriefs", async () => {
    const result = await snapshots.getCardPage({ slug: "neuropathology-copilot" });
    if (!result.found) throw new Error("seeded project missing");
    const { page } = result;
    const s = page.snapshot;
    expect(s.project).toMatchObject({ projectId: "P01", systemLevel: 5, targetLevel: 6 });
    expect(s.revision?.number).toBe(page.latestNumber);
    expect(s.levelHistory.map((h) => h.level)).toEqual([0, 1, 2, 3, 4]);
    expect(s.owners).toEqual(["Dr. Lena Okafor"]);
    expect(s.reviewers.length).toBeGreaterThan(0);
    expect(s.ethics).toMatchObject({ reviewLevel: 5, reviewStatus: "open" });
    expect(s.components.map((c) => c.name)).toContain("Tissue manifold model");
    expect(s.requirements.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(s.debriefs.map((d) => d.level)).toEqual([0, 2, 4]);
    expect(s.debriefs[0]!.answers.map((a) => a.label)).toContain("What was learned?");
    expect(page.canEdit).toBe(true);
    expect(page.requiredSections).toEqual(expect.arrayContaining(["summary", "tldr", "intended_use"]));
    expect(page.filledSections).toEqual(expect.arrayContaining(page.requiredSections));
  });

  it("reads the card as it stood at an earlier level, and says when a revision does not exist", async () => {
    const now = await snapshots.getCardPage({ slug: "neuropathology-copilot" });
    const l0 = now.found ? now.page.snapshot.levelHistory[0]! : null;
    const old = await snapshots.getCardPage({ slug: "neuropathology-copilot", revision: l0!.revision });
    expect(old.found && old.page.revision?.number).toBe(l0!.revision);
    expect(old.found && old.page.snapshot.content.caveats).toBe("");
    const missing = await snapshots.getCardPage({ slug: "neuropathology-copilot", revision: 999 });
    expect(missing.found && missing.revisionMissing).toBe(true);
    expect(await snapshots.getCardPage({ slug: "no-such-project" })).toEqual({ found: false });
  });

  it("exports every section with its text as Markdown", async () => {
    const result = await snapshots.getCardPage({ slug: "neuropathology-copilot" });
    if (!result.found) throw new Error("seeded project missing");
    const c = result.page.snapshot.content;
    const md = cardToMarkdown(result.page.snapshot, { baseUrl: "https://mltrl.example" });
    for (const s of STORED_CARD_SECTIONS) {
      expect(md).toContain(`## ${s.title}`);
      for (const f of s.fields) {
        const v = c[f];
        if (typeof v === "string") {
          expect(v.trim().length, f).toBeGreaterThan(0);
          expect(md).toContain(v.trim());
        }
      }
    }
    for (const d of c.dataSources) expect(md).toContain(d.name);
  });

  it("gives the public badge the level only, and nothing for an unknown slug", async () => {
    expect(await snapshots.getPublicBadgeLevel({ slug: "neuropathology-copilot" })).toEqual({ found: true, level: 5 });
    expect(await snapshots.getPublicBadgeLevel({ slug: "nope" })).toEqual({ found: false });
  });
});
