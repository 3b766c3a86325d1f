"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { confirmCarriedItemsAction } from "@/lib/actions/review-actions";
import type { CarriedDto } from "@/lib/dal/reviews/read-carried";
import { confirmCarriedSchema, type ConfirmCarriedData } from "@/lib/schemas/review";
import { plural } from "@/components/shared/format";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { ActionMessage } from "@/components/forms/action-message";
import { schemaResolver } from "@/components/forms/schema-resolver";
import { focusById, useServerAction } from "@/components/forms/use-server-action";

type Values = { reviewId: string; items: string[] };
const resolver = schemaResolver(confirmCarriedSchema, (v: Values) => v);

/**
 * A draft started from a returned review: what was carried over and still waits for the author's
 * re-confirmation (submit refuses until none is left), and who or what was left out.
 */
export function CarriedItems({ reviewId, carried }: { reviewId: string; carried: CarriedDto }) {
  const router = useRouter();
  const msgId = "carried-message";
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    setValue,
    formState: { errors },
  } = useForm<Values, unknown, ConfirmCarriedData>({ resolver, defaultValues: { reviewId, items: [] } });
  const { message, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const left = carried.items.length;
  const onSubmit = handleSubmit(async (input) => {
    const r = await run(() => confirmCarriedItemsAction(input), {
      success: (d) =>
        d?.remaining
          ? `Re-confirmed. ${d.remaining} carried ${plural(d.remaining, "item")} still to re-confirm.`
          : "Everything carried over is re-confirmed.",
    });
    focusById(msgId);
    if (r.ok) {
      setValue("items", []);
      router.refresh();
    }
  });
  return (
    <section
      id="carried"
      aria-labelledby="carried-heading"
      className={`flex flex-col gap-3 rounded-lg border p-4 text-sm ${left > 0 ? "border-amber-400 bg-amber-50" : "border-slate-200 bg-white"}`}
    >
      <h2 id="carried-heading" className="text-xl font-semibold text-slate-900">
        Carried over from the returned review
      </h2>
      <p className="text-slate-800">
        This draft continues the {carried.continues.status} level {carried.continues.level} review{" "}
        <Link href={`/reviews/${carried.continues.id}`} className="text-blue-700 underline">
          it was started from
        </Link>
        . Check each carried item against the work done since, change it below if needed, then re-confirm it here.
      </p>
      {carried.droppedComponents.length > 0 || carried.droppedSeats.length > 0 ? (
        <div className="rounded-md border border-slate-300 bg-white p-3">
          <h3 className="font-semibold text-slate-900">Left out</h3>
          <ul className="mt-1 list-disc pl-5">
            {carried.droppedComponents.map((d) => (
              <li key={`c-${d.id}`}>
                Component {d.name}: {d.why}
              </li>
            ))}
            {carried.droppedSeats.map((d) => (
              <li key={`s-${d.id}`}>Panel: {d.why}</li>
            ))}
          </ul>
          {carried.chairDropped ? (
            <p className="mt-1">The chair was among them: choose a new chair in the panel.</p>
          ) : null}
        </div>
      ) : null}
      {left === 0 ? (
        <p className="text-green-900">Every carried item is re-confirmed.</p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
          <fieldset aria-describedby={errors.items ? "carried-items-error" : undefined}>
            <legend className="mb-1 font-semibold text-slate-900">
              {left} {left === 1 ? "item waits" : "items wait"} for re-confirmation
            </legend>
            <ul className="flex flex-col gap-1">
              {carried.items.map((c) => (
                <li key={c.item}>
                  <label className="flex min-h-11 items-center gap-2 text-slate-900">
                    <input type="checkbox" value={c.item} className="size-4 accent-blue-700" {...register("items")} />
                    {c.label.charAt(0).toUpperCase() + c.label.slice(1)}
                  </label>
                </li>
              ))}
            </ul>
            <FieldError id="carried-items-error" message={errors.items?.message ?? errors.items?.root?.message} />
          </fieldset>
          <ActionMessage id={msgId} message={message} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Re-confirming…" : "Re-confirm the checked items"}
            </Button>
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => {
                setValue(
                  "items",
                  carried.items.map((c) => c.item),
                );
                void onSubmit();
              }}
            >
              Re-confirm all {left}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
