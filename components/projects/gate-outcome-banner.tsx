import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/components/shared/format";
import { gateOutcomeTitle } from "@/lib/domain/gate-outcome";
import type { GateOutcomeBannerDto } from "@/lib/dal/projects/read-gate-outcome";

/** "Stopped at the L4 gate on 2 Dec 2026: <reason>" on every page of a held or stopped project. */
export function GateOutcomeBanner({ banner }: { banner: GateOutcomeBannerDto | null }) {
  if (!banner) return null;
  const stop = banner.outcome === "stop";
  return (
    <Alert
      tone="warning"
      title={`${gateOutcomeTitle(banner.outcome, banner.level)} on ${formatDate(banner.decidedAt)}`}
    >
      <p>
        <span className="font-medium">Reason:</span> {banner.reason}
      </p>
      <p>
        {stop
          ? "The project is stopped: it no longer changes and is left out of the portfolio. Its history, card and reviews stay readable."
          : "The project is on hold: no review can open until a manager or an admin resumes it."}
        {banner.reviewId ? (
          <>
            {" "}
            <Link prefetch={false} href={`/reviews/${banner.reviewId}`} className="underline">
              The gate&apos;s review
            </Link>
          </>
        ) : null}
      </p>
    </Alert>
  );
}
