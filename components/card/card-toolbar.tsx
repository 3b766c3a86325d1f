import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/** Links to the card's views and exports; editing only for people who may edit. */
export function CardToolbar({
  slug,
  canEdit,
  current,
}: {
  slug: string;
  canEdit: boolean;
  current: "card" | "edit" | "history" | "diff";
}) {
  const base = `/projects/${slug}`;
  const link = (href: string, label: string, key: string, primary = false) => (
    <li>
      <Link
        href={href}
        aria-current={current === key ? "page" : undefined}
        className={buttonClasses({ variant: primary && current !== key ? "primary" : "secondary", size: "sm" })}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label="Card views and exports" className="print:hidden">
      <ul className="flex flex-wrap gap-2">
        {current !== "card" ? link(`${base}/card`, "Read the card", "card") : null}
        {canEdit ? link(`${base}/card/edit`, "Edit card", "edit", true) : null}
        {link(`${base}/card/history`, "History", "history")}
        <li>
          <Link href={`${base}/card/print`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Print / PDF
          </Link>
        </li>
        <li>
          <a href={`${base}/card.md`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Markdown
          </a>
        </li>
        <li>
          <a href={`${base}/card.json`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            JSON
          </a>
        </li>
      </ul>
    </nav>
  );
}
