import { Forbidden } from "@/components/app-shell/forbidden";

/** 403 for this segment: forbidden() (next/navigation) renders it; it takes no props, so the reason is fixed here. */
export default function ForbiddenPage() {
  return (
    <Forbidden reason="Only the project's owners, managers and admins can set its target, and an archived project's target no longer changes." />
  );
}
