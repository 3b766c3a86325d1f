"use client";

import { archiveComponentAction } from "@/lib/actions/component-import-actions";
import { ReasonForm } from "./reason-form";

/** Archive with a reason; the component stays visible but no longer sets the system level. */
export function ArchiveComponentForm({ componentId, name }: { componentId: string; name: string }) {
  return (
    <ReasonForm
      componentId={componentId}
      idPrefix="archive"
      formLabel={`Archive ${name}`}
      fieldLabel="Why archive it?"
      submitLabel={`Archive ${name}`}
      pendingLabel="Archiving…"
      variant="danger"
      success={`Archived ${name}.`}
      action={archiveComponentAction}
    />
  );
}
