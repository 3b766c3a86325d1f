import type { ReactNode } from "react";
import { cx } from "./cx";

/** A bordered panel with an optional heading (pass `titleAs` to keep the heading order right). */
export function Card({
  title,
  titleAs: Heading = "h2",
  actions,
  children,
  className,
}: {
  title?: ReactNode;
  titleAs?: "h2" | "h3";
  actions?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <section className={cx("rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6", className)}>
      {title || actions ? (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
          {title ? <Heading className="text-lg font-semibold text-slate-900">{title}</Heading> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
