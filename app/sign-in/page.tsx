import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { OIDC_PROVIDER_ID, oidcSettings } from "@/lib/auth/oidc";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeParams } from "@/lib/route-params";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await safeParams(searchParams);
  const origin = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : undefined;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, origin);
  if (await getSessionUser()) redirect(callbackUrl);

  const oidc = oidcSettings();
  const error = typeof params.error === "string" ? signInErrorMessage(params.error) : null;
  return (
    <div className="mx-auto w-full max-w-sm py-6 sm:py-12">
      <h1 className="text-2xl font-bold text-slate-900">Sign in to MLTRL</h1>
      <p className="mt-1 text-sm text-slate-600">Gated reviews for machine-learning systems.</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <SignInForm
          callbackUrl={callbackUrl}
          initialError={error}
          sso={oidc ? { id: OIDC_PROVIDER_ID, name: oidc.name } : null}
        />
      </div>
      <p className="mt-4 text-sm text-slate-600">No account yet? Ask an admin of your organisation to create one.</p>
    </div>
  );
}
