import type { ComponentProps } from "react";
import { cx } from "./cx";
import { fieldClasses } from "./input";

export type SelectOption = { value: string; label: string };

/** A native select (accessible and phone-friendly by construction). */
export function Select({
  options,
  className,
  ...props
}: ComponentProps<"select"> & { options: readonly SelectOption[] }) {
  return (
    <select className={cx(fieldClasses, className)} {...props}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
