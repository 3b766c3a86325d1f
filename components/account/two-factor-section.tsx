"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { RecoveryCodes } from "./recovery-codes";
import { ConfirmTwoFactorForm, DisableTwoFactorForm, RegenerateRecoveryCodesForm } from "./two-factor-forms";

export type TwoFactorView = {
  hasPassword: boolean;
  enabled: boolean;
  enabledOn: string | null;
  recoveryCodesLeft: number;
  required: boolean;
};

/** The set-up the page prepared: a sealed secret for the action, and what the user scans or types. */
export type EnrolmentView = { enrolment: string; secret: string; qrSvg: string };

export function TwoFactorSection({ status, setup }: { status: TwoFactorView; setup: EnrolmentView | null }) {
  const router = useRouter();
  // Kept here (not in the forms) so the codes stay visible while the page refreshes to "on".
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes)
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(null);
          router.refresh();
        }}
      />
    );

  if (!status.hasPassword) {
    return (
      <p className="text-slate-700">
        You sign in through your organisation&apos;s single sign-on, which handles two-factor authentication for you.
      </p>
    );
  }

  if (!status.enabled) {
    return (
      <div className="space-y-4">
        {status.required ? (
          <Alert tone="warning" title="Required by your organisation">
            Admins and managers must use two-factor authentication. Set it up now; until then the rest of MLTRL stays
            closed to you.
          </Alert>
        ) : null}
        <p className="text-slate-700">
          After your password, sign-in will also ask for a 6-digit code from an authenticator app on your phone (for
          example Google Authenticator, Microsoft Authenticator, 1Password or Aegis).
        </p>
        {setup ? (
          <ol className="list-decimal space-y-4 pl-5 text-slate-800">
            <li>
              <p>Scan this QR code with your authenticator app:</p>
              <div
                role="img"
                aria-label="QR code for your authenticator app"
                className="mt-2 h-48 w-48 bg-white"
                dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
              />
              <p className="mt-2 text-sm text-slate-700">
                Or type this key into the app:{" "}
                <code
                  data-testid="totp-secret"
                  className="break-all rounded bg-slate-100 px-1 py-0.5 font-mono text-slate-900"
                >
                  {setup.secret}
                </code>
              </p>
            </li>
            <li>
              <ConfirmTwoFactorForm enrolment={setup.enrolment} onEnabled={setCodes} />
            </li>
          </ol>
        ) : null}
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <p className="text-slate-700">
        Two-factor authentication is <strong>on</strong>
        {status.enabledOn ? ` since ${status.enabledOn}` : ""}. You have {status.recoveryCodesLeft} unused recovery{" "}
        {status.recoveryCodesLeft === 1 ? "code" : "codes"}.
      </p>
      <RegenerateRecoveryCodesForm onCodes={setCodes} />
      {status.required ? (
        <p className="text-sm text-slate-700">
          Your organisation requires two-factor authentication for your role: if you turn it off, you must set it up
          again before doing anything else.
        </p>
      ) : null}
      <DisableTwoFactorForm />
    </div>
  );
}
