"use client";

import { useEffect } from "react";

/** After a navigation that changed the page (submitted, decided), focus lands on the element with `id`. */
export function FocusOnMount({ id, when }: { id: string; when: boolean }) {
  useEffect(() => {
    if (when) document.getElementById(id)?.focus();
  }, [id, when]);
  return null;
}
