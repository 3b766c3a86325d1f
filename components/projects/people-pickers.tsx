import type { ComponentProps } from "react";
import { CheckboxGroup, type CheckboxOption } from "@/components/ui/checkbox-group";

type Picker = { inputProps: () => ComponentProps<"input">; error?: string | null };

/** The owners and contributors checklists the create and edit project forms share, each scrolling in its box. */
export function PeoplePickers({
  people,
  owners,
  contributors,
}: {
  people: readonly CheckboxOption[];
  owners: Picker;
  contributors: Picker;
}) {
  return (
    <>
      <div className="max-h-72 overflow-y-auto rounded-md border border-slate-200 p-3">
        <CheckboxGroup
          legend="Owners"
          name="owners"
          options={people}
          inputProps={owners.inputProps}
          error={owners.error}
        />
      </div>
      <div className="max-h-72 overflow-y-auto rounded-md border border-slate-200 p-3">
        <CheckboxGroup
          legend="Contributors"
          name="contributors"
          options={people}
          inputProps={contributors.inputProps}
          error={contributors.error}
        />
      </div>
    </>
  );
}
