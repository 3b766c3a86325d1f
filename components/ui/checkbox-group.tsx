import type { ComponentProps } from "react";
import { FieldError } from "./field-error";

export type CheckboxOption = { value: string; label: string };

/**
 * A fieldset of checkboxes sharing one name. `inputProps(value)` returns the props of each box,
 * e.g. react-hook-form's `register("roles")`, or `{ name, defaultChecked }` for a plain form.
 */
export function CheckboxGroup({
  legend,
  name,
  options,
  inputProps,
  error,
  hint,
  list = false,
}: {
  legend: string;
  name: string;
  options: readonly CheckboxOption[];
  inputProps: (value: string) => ComponentProps<"input">;
  error?: string | null;
  hint?: string;
  /** One option per line: for long labels, which wrap unevenly side by side. */
  list?: boolean;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p className="mb-1 text-sm text-slate-600">{hint}</p> : null}
      <div className={list ? "flex flex-col gap-y-1" : "flex flex-wrap gap-x-4 gap-y-1"}>
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <label key={o.value} htmlFor={id} className="flex min-h-9 items-center gap-2 text-sm text-slate-900">
              <input
                id={id}
                type="checkbox"
                value={o.value}
                className="size-4 accent-blue-700"
                {...inputProps(o.value)}
              />
              {o.label}
            </label>
          );
        })}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
