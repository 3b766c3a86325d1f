import { Forbidden } from "@/components/app-shell/forbidden";

/** 403 for this segment: forbidden() (next/navigation) renders it; it takes no props, so the reason is fixed here. */
export default function ForbiddenPage() {
  return (
    <Forbidden reason="Only admins can manage users, level definitions, the ethics template, the sign-in log and the organisation’s webhooks." />
  );
}
