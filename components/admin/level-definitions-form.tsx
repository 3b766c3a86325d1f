"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { publishLevelDefinitionsAction } from "@/lib/actions/level-actions";
import type { LevelDefinitions } from "@/lib/domain/levels";
import { DISCIPLINES, MAX_REVIEWABLE_LEVEL, type KeyDecisionKind } from "@/lib/domain/vocabulary";
import { publishLevelDefinitionsSchema, type PublishLevelDefinitionsInput } from "@/lib/schemas/levels";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { LevelFieldset } from "./level-fieldset";

const KEY_DECISION_LABELS: Record<KeyDecisionKind, string> = {
  research_path: "research path (A, B or A+B)",
  continuation: "continue or pause",
  deployment: "go / no-go for deployment",
};

/** The form's values: every discipline present with its seat count (0: not required). */
function valuesOf(defs: LevelDefinitions): PublishLevelDefinitionsInput {
  return {
    baseVersion: defs.version,
    levels: defs.levels.map((d) => ({
      level: d.level,
      criteria: d.criteria.map((c) => ({ key: c.key, label: c.label })),
      seats: Object.fromEntries(DISCIPLINES.map((x) => [x, d.seats[x] ?? 0])),
      cardSections: [...d.cardSections],
      overdueDays: d.overdueDays,
      chairConfirmation: d.chairConfirmation,
    })),
  };
}

/**
 * Edits the newest level definitions and publishes them as the next version. Reviews keep the
 * version they were drafted under; the server refuses a publish over a version published meanwhile.
 */
export function LevelDefinitionsForm({ definitions }: { definitions: LevelDefinitions }) {
  const router = useRouter();
  const form = useForm<PublishLevelDefinitionsInput>({
    resolver: zodResolver(publishLevelDefinitionsSchema),
    defaultValues: valuesOf(definitions),
  });
  const { message, run } = useServerAction(form);
  const version = definitions.version;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await run(() => publishLevelDefinitionsAction(values), {
      success: (d) => `Published version ${d?.version}. New reviews use it; drafts and open reviews keep theirs.`,
    });
    if (result.ok) router.refresh();
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3" aria-label="Edit the level definitions">
        {definitions.levels.map((d, i) => (
          <LevelFieldset
            key={d.level}
            index={i}
            meta={{
              level: d.level,
              name: d.name,
              keyDecision: d.keyDecision ? KEY_DECISION_LABELS[d.keyDecision] : null,
              hasReview: d.level <= MAX_REVIEWABLE_LEVEL,
            }}
          />
        ))}
        <ActionMessage message={message} />
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Publishing…" : `Publish as version ${version + 1}`}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
