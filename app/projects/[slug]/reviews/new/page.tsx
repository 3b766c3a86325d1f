import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { StartReviewForm } from "@/components/reviews/start-review-form";
import { getReviewStart } from "@/lib/dal/reviews/read-review-start";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Request a review" };

export default async function NewReviewPage({ params }: Props) {
  const { slug } = await safeParams(params);
  const start = await getReviewStart({ slug });
  if (!start) notFound();
  if (!start.allowed.includes("open_review")) forbidden();
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/projects/${start.project.slug}`} className="text-blue-700 underline-offset-2 hover:underline">
          ← {start.project.name}
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold text-slate-900">Request a gated review</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-700">
          Choose the level and components. The draft then guides you through the gate criteria, the ethics checklist,
          the requirements and the panel; it saves as you go and you can come back to it.
        </p>
      </header>
      <StartReviewForm start={start} />
    </div>
  );
}
