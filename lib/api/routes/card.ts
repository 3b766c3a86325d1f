import { z } from "zod";
import { saveCardSectionCommand } from "@/lib/commands/cards";
import { acknowledgedVoteResetsSchema } from "@/lib/schemas/card";
import { getApiCard } from "@/lib/dal/projects/read-api";
import { EDITABLE_CARD_SECTION_KEYS, type EditableCardSection } from "@/lib/domain/card-diff";
import { markdownToSection } from "@/lib/domain/card-markdown";
import { parseStrict } from "@/lib/schemas/common";
import { commandRefusal, runCommand } from "../command-route";
import type { ApiRoute } from "../define-route";
import { invalidInputProblem, problem, refusalProblem } from "../problem";

/**
 * Writing one TRL Card section as Markdown, with optimistic concurrency on the card revision:
 * `If-Match: "N"` is required (428), a stale N gets 412 with the section's current text beside
 * yours, unchanged text is `changed: false`. The save itself is saveCardSection, as in the browser.
 */

export const sectionBodySchema = z
  .object({
    body: z.string().max(60_000),
    /** How many current votes the caller confirms this save resets (an open review is re-pinned); 0 when absent. */
    acknowledgedVoteResets: acknowledgedVoteResetsSchema,
  })
  .strict()
  .meta({ id: "CardSectionBody" });

function revisionOf(ifMatch: string | null): number | null {
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch?.trim() ?? "");
  return m ? Number(m[1]) : null;
}

export const cardRoutes = {
  putCardSection: {
    method: "PUT",
    path: "/projects/{slug}/card/sections/{key}",
    summary: 'Replace one card section\'s Markdown; needs If-Match: "<revision>"',
    scope: "card",
    command: saveCardSectionCommand as unknown as ApiRoute["command"],
    body: sectionBodySchema,
    response: z.object({ revision: z.number().int(), changed: z.boolean() }).meta({ id: "CardSaved" }),
    errors: [409, 412, 428],
    // 409 with `voteResets` when the save would reset votes not confirmed by acknowledgedVoteResets.
    handle: async (ctx, raw) => {
      const key = ctx.params.key as EditableCardSection;
      if (!EDITABLE_CARD_SECTION_KEYS.includes(key)) {
        return problem(
          404,
          `The card has no section "${ctx.params.key}"; use one of ${EDITABLE_CARD_SECTION_KEYS.join(", ")}.`,
        );
      }
      const ifMatch = ctx.req.headers.get("if-match");
      if (ifMatch === null) return problem(428, 'Send If-Match: "<revision>" with the revision you edited.');
      const base = revisionOf(ifMatch);
      if (base === null) return problem(428, 'If-Match must be a card revision in quotes, e.g. If-Match: "3".');
      const parsed = parseStrict(sectionBodySchema, raw);
      if (!parsed.success) return invalidInputProblem(parsed.error);
      const value = markdownToSection(key, parsed.data.body);
      if (!value.ok) return refusalProblem(value.reasons);
      const current = (await getApiCard(ctx.project!.slug))!;
      const stale = () => {
        const theirs = current.sections.find((s) => s.key === key)!;
        return problem(
          412,
          `The card is at revision ${current.revision}, not ${base}. Merge the section's current text and send it with If-Match: "${current.revision}".`,
          {
            currentRevision: current.revision,
            diff: [{ key, title: theirs.title, yours: parsed.data.body, theirs: theirs.body }],
          },
          { ETag: `"${current.revision}"` },
        );
      };
      if (base !== current.revision) return stale();
      const input = {
        projectId: ctx.project!.id,
        baseRevision: base,
        section: key,
        value: value.value,
        acknowledgedVoteResets: parsed.data.acknowledgedVoteResets,
      };
      const ran = await runCommand(ctx, saveCardSectionCommand, input);
      if (ran instanceof Response) return ran;
      if (!ran.ok) {
        if (ran.reasons.some((r) => r.code === "card_unchanged")) {
          return { body: { revision: current.revision, changed: false }, headers: { ETag: `"${current.revision}"` } };
        }
        return commandRefusal(ctx, ran.reasons);
      }
      if (ran.value.status === "conflict") return stale();
      return { body: { revision: ran.value.number, changed: true }, headers: { ETag: `"${ran.value.number}"` } };
    },
  },
} satisfies Record<string, ApiRoute>;
