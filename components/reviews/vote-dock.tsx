"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** Tailwind's lg breakpoint: from here the form sits in the side rail and the bar is hidden. */
const WIDE = "(min-width: 64rem)";

/**
 * Keeps the vote form in reach while the panel reads the evidence: a sticky side rail on wide
 * screens; on phones a bar fixed at the bottom that opens the form as a sheet (a disclosure, not a
 * dialog: the page stays usable, so there is no focus trap). Opening moves focus to the vote's
 * first control; Escape closes the sheet and returns focus to the bar's button.
 */
export function VoteDock({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const opened = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || !opened.current) return;
    opened.current = false;
    // The chosen answer if there is one (a radio group's tab stop), else the first control.
    const first =
      panel.current?.querySelector<HTMLElement>("input:checked") ??
      panel.current?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, button");
    first?.focus();
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    // On wide screens the form is always shown: Escape has nothing to close there.
    if (e.key !== "Escape" || !open || window.matchMedia(WIDE).matches) return;
    e.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="lg:sticky lg:top-4 lg:self-start" onKeyDown={onKeyDown}>
      <div className="max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-30 max-lg:border-t max-lg:border-blue-300 max-lg:bg-white max-lg:shadow-[0_-4px_12px_rgba(15,23,42,0.12)]">
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls="vote-sheet"
          onClick={() => {
            opened.current = !open;
            setOpen(!open);
          }}
          className="flex min-h-12 w-full items-center justify-between gap-3 px-4 text-left text-base font-semibold text-blue-900 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 lg:hidden"
        >
          <span>{label}</span>
          <span aria-hidden="true" className={cx("text-sm transition-transform", open ? "rotate-180" : "")}>
            ▲
          </span>
        </button>
        <div
          id="vote-sheet"
          ref={panel}
          className={cx(
            open ? "max-lg:block" : "max-lg:hidden",
            "max-lg:max-h-[80vh] max-lg:overflow-y-auto max-lg:px-4 max-lg:pb-4",
            "lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto",
          )}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
