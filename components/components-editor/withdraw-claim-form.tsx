"use client";

import { withdrawComponentClaimAction } from "@/lib/actions/component-actions";
import { ReasonForm } from "./reason-form";

/** The owner withdraws a claimed level, with a reason; the component then proceeds from level 0. */
export function WithdrawClaimForm({ componentId, name }: { componentId: string; name: string }) {
  return (
    <ReasonForm
      componentId={componentId}
      idPrefix="withdraw-claim"
      formLabel={`Withdraw the claim of ${name}`}
      fieldLabel="Why withdraw the claim?"
      submitLabel="Withdraw the claim"
      pendingLabel="Withdrawing…"
      variant="secondary"
      success={`Withdrew the claim of ${name}; it proceeds from level 0.`}
      action={withdrawComponentClaimAction}
    />
  );
}
