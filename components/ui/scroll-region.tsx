import { cx } from "./cx";

/**
 * Wide tables scroll sideways on a phone instead of breaking the page. The region is focusable
 * so keyboard users can scroll it too (WCAG 2.1.1), and named so screen readers announce it.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cx("relative overflow-x-auto", className)}>
      {children}
    </div>
  );
}
