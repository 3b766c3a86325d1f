import type { ComponentProps } from "react";
import { cx } from "./cx";

export function Label({ className, children, ...props }: ComponentProps<"label">) {
  return (
    <label className={cx("mb-1 block text-sm font-medium text-slate-800", className)} {...props}>
      {children}
    </label>
  );
}
