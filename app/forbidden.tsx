import { Forbidden } from "@/components/app-shell/forbidden";

/** 403 for this segment: forbidden() (next/navigation) renders it; it takes no props, so the reason is fixed here. */
export default function ForbiddenPage() {
  return (
    <Forbidden reason="Your roles or your membership of the project do not allow this. Ask a project owner or an admin if you need access." />
  );
}
