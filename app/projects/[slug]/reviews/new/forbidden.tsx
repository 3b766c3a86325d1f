import { Forbidden } from "@/components/app-shell/forbidden";

/** 403 for this segment: forbidden() (next/navigation) renders it; it takes no props, so the reason is fixed here. */
export default function ForbiddenPage() {
  return (
    <Forbidden reason="Only the project's owners and contributors, or an admin, can request a review, and reviews open only on active projects (not paused or archived ones)." />
  );
}
