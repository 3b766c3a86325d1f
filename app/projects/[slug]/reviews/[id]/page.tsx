import { redirect } from "next/navigation";
import { safeParams } from "@/lib/route-params";

/** Notification links name the project too; the review page itself lives at /reviews/<id>. */
export default async function ProjectReviewRedirect({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await safeParams(params);
  redirect(`/reviews/${encodeURIComponent(id)}`);
}
