import { redirect } from "next/navigation";

/** Notification links name the project too; the review page itself lives at /reviews/<id>. */
export default async function ProjectReviewRedirect({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  redirect(`/reviews/${encodeURIComponent(id)}`);
}
