"use client";

import { useEffect, useRef, useState } from "react";
import { scalarConfiguration } from "@/lib/api/scalar-config";
import { loadScalar, stampStyleNonces } from "./scalar-loader";

/**
 * Scalar's interactive reference of the REST API, mounted into a div once its bundle (served from
 * our origin) has loaded. Unmounting destroys it and takes its styles out of the page, so a soft
 * navigation away leaves the other pages as they were.
 */
export function ScalarReference({ bundleUrl, documentUrl }: { bundleUrl: string; documentUrl: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const styles = stampStyleNonces();
    let instance: { destroy: () => void } | undefined;
    let cancelled = false;
    loadScalar(bundleUrl)
      .then((scalar) => {
        if (!cancelled) instance = scalar.createApiReference(el, scalarConfiguration(documentUrl));
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      instance?.destroy();
      styles.release();
    };
  }, [bundleUrl, documentUrl]);

  return (
    <>
      {failed && (
        <p role="alert" className="text-red-800">
          The interactive reference could not be loaded. Reload the page, or use the table on the API reference page.
        </p>
      )}
      {/* Scalar renders its own markup here (see e2e/api-reference.spec.ts for what axe checks). */}
      <div ref={container} data-testid="scalar-reference" />
    </>
  );
}
