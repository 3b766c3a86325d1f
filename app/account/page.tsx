import type { Metadata } from "next";
import QRCode from "qrcode";
import { ApiTokenList } from "@/components/account/api-token-list";
import { CreateApiTokenForm } from "@/components/account/create-api-token-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { TwoFactorSection, type EnrolmentView } from "@/components/account/two-factor-section";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { getAccountTokens } from "@/lib/dal/api-tokens/read-tokens";
import { readNotificationPreferences } from "@/lib/dal/notifications/preferences";
import { getTwoFactorStatus, prepareTwoFactorEnrolment } from "@/lib/dal/users/two-factor";

export const metadata: Metadata = { title: "Your account" };

/** Own password, two-factor and notification preferences. Open to a user the required-2FA gate holds back (see requireUser). */
export default async function AccountPage() {
  const user = await requireUser();
  const [status, preferences, tokens] = await Promise.all([
    getTwoFactorStatus(user),
    readNotificationPreferences(),
    getAccountTokens(),
  ]);
  let setup: EnrolmentView | null = null;
  if (status.hasPassword && !status.enabled) {
    // A fresh secret per visit, sealed to this user for 15 minutes; nothing is stored until confirmed.
    const enrolment = prepareTwoFactorEnrolment(user, new Date());
    const qrSvg = await QRCode.toString(enrolment.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    setup = { enrolment: enrolment.enrolment, secret: enrolment.secret, qrSvg };
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Your account</h1>
        <p className="mt-1 text-slate-700">
          {user.name} · {user.email}
        </p>
      </div>
      <Card title="Two-factor authentication">
        <TwoFactorSection
          status={{
            hasPassword: status.hasPassword,
            enabled: status.enabled,
            enabledOn: status.enabledAt ? status.enabledAt.toISOString().slice(0, 10) : null,
            recoveryCodesLeft: status.recoveryCodesLeft,
            required: status.required,
          }}
          setup={setup}
        />
      </Card>
      {status.hasPassword ? (
        <Card title="Change password">
          <ChangePasswordForm email={user.email} />
        </Card>
      ) : null}
      <Card title="Notifications">
        <NotificationPreferencesForm current={preferences} />
      </Card>
      <Card title="API tokens">
        <div className="space-y-6">
          <p className="text-sm text-slate-700">
            Tokens let scripts and CI use the{" "}
            <a className="text-blue-700 underline" href="/api-reference">
              REST API
            </a>
            . A personal token acts as you; a service token acts only on one of your projects.
          </p>
          <CreateApiTokenForm projects={tokens.ownedProjects} />
          <ApiTokenList tokens={tokens.personal} caption="Personal tokens" />
          {tokens.ownedProjects.length > 0 ? (
            <ApiTokenList tokens={tokens.service} caption="Service tokens of your projects" />
          ) : null}
        </div>
      </Card>
    </div>
  );
}
