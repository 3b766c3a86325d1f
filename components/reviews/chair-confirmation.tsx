"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { confirmChairAction } from "@/lib/actions/chair-confirmation-actions";
import type { ChairConfirmationDto } from "@/lib/dal/reviews/read-chair-confirmation";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";

/**
 * The chair confirmation of a draft at a level that requires it: who is proposed, whether a
 * manager or an admin confirmed it, and — for a manager or admin who may — the confirm button.
 * The request carries the chair shown here, so a page older than the panel is refused, not obeyed.
 */
export function ChairConfirmation({ c }: { c: ChairConfirmationDto }) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  const { message, pending, run } = useServerAction();
  if (!c.required) return null;
  const confirmed = c.confirmedAt !== null;
  const tone = confirmed
    ? "border-green-300 bg-green-50 text-green-950"
    : "border-amber-300 bg-amber-50 text-amber-950";
  return (
    <section
      id="chair-confirmation"
      aria-labelledby="chair-confirmation-heading"
      className={`flex flex-col gap-2 rounded-lg border p-4 text-sm ${tone}`}
    >
      <h2 id="chair-confirmation-heading" className="text-base font-semibold">
        Chair confirmation
      </h2>
      <p>
        At level {c.level} the project proposes the panel, but a manager or an admin confirms its chair before the
        review can open.
      </p>
      {c.chair === null ? (
        <p>No chair is proposed yet.</p>
      ) : confirmed ? (
        <p data-testid="chair-status">
          Chair confirmed: {c.chair.label}, {c.chair.name}
          {c.confirmedBy ? ` — confirmed by ${c.confirmedBy}` : ""}.
        </p>
      ) : (
        <p data-testid="chair-status">
          <strong>Chair awaiting confirmation by a manager:</strong> {c.chair.label}, {c.chair.name}.
        </p>
      )}
      {c.blockedBecause.length > 0 ? (
        <ul className="list-disc pl-5">
          {c.blockedBecause.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <ActionMessage ref={ref} message={message} />
      {c.canConfirm && c.chair ? (
        <div>
          <Button
            disabled={pending}
            onClick={async () => {
              const chair = c.chair!;
              const r = await run(
                () =>
                  confirmChairAction({ reviewId: c.reviewId, chairUserId: chair.userId, discipline: chair.discipline }),
                {
                  success: () => `${chair.name} is confirmed as chair. The project can now submit the review.`,
                },
              );
              ref.current?.focus();
              if (r.ok) router.refresh();
            }}
          >
            {pending ? "Confirming…" : `Confirm ${c.chair.name} as chair`}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
