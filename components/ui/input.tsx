import type { ComponentProps } from "react";
import { cx } from "./cx";

export const fieldClasses =
  "block w-full rounded-md border border-slate-300 bg-white px-3 min-h-11 text-base text-slate-900 shadow-sm placeholder:text-slate-400 aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

/** A text input; pass aria-invalid and aria-describedby (the FieldError id) when it has an error. */
export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cx(fieldClasses, className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cx(fieldClasses, "py-2", className)} {...props} />;
}
