import { generateTotpSecret, totpCodeAt } from "@/lib/auth/totp";
import type { LevelDefinitions } from "@/lib/domain/levels";
import { ADMIN, OWN_PASSWORD, cast, ownAccount, t, type Row } from "./authorization-fixtures";
import { ROLE_NAMES, makeUser, uid } from "./gate-fixtures";

/**
 * The authorisation matrix's rows for people and settings: notifications, the caller's own account,
 * user administration, the organisation's sign-in policy and ethics checklist. Keyed by command
 * name (lib/commands/registry.ts).
 */
export const USER_SCENARIOS: Record<string, Row> = {
  // The ethics checklist (issue 4) and notifications (issue 6).
  publishEthicsTemplate: {
    allowed: ADMIN,
    setup: async () => {
      const latest = await t.db.ethicsTemplate.findFirstOrThrow({ orderBy: { version: "desc" } });
      return { baseVersion: latest.version, items: [{ key: `item_${uid()}`, label: "Is it fair?" }] };
    },
  },
  // Level definitions (issue 12): a reworded L9 checklist item, so each allowed publish is a change.
  publishLevelDefinitions: {
    allowed: ADMIN,
    setup: async () => {
      const latest = await t.db.levelDefinitionSet.findFirstOrThrow({ orderBy: { version: "desc" } });
      const defs = latest.definitions as unknown as LevelDefinitions;
      return {
        baseVersion: latest.version,
        levels: defs.levels.map((d) => ({
          level: d.level,
          criteria: d.level === 9 ? [{ key: "drift_monitoring", label: `Monitoring ${uid()}` }] : d.criteria,
          seats: d.seats,
          cardSections: d.cardSections,
          overdueDays: d.overdueDays ?? 7,
          chairConfirmation: d.chairConfirmation ?? false,
        })),
      };
    },
  },
  markNotificationRead: {
    allowed: ["owner"],
    hidden: true,
    setup: async () => ({
      notificationId: (
        await t.db.notification.create({ data: { userId: cast.owner.id, kind: "review.decided", title: "Decided." } })
      ).id,
    }),
  },
  markAllNotificationsRead: { allowed: [...ROLE_NAMES], setup: async () => ({}) },
  // Notification preferences (issue 12): every signed-in role, always on the caller's own account.
  setNotificationPreferences: {
    allowed: [...ROLE_NAMES],
    setup: async () => ({ review_activity: "email", reminders: "digest", escalations: "in_app", decisions: "email" }),
  },
  // Own account (item 9): every signed-in role, always on the caller's own account.
  changePassword: {
    allowed: [...ROLE_NAMES],
    setup: async (who) => (
      await ownAccount(who, false),
      { currentPassword: OWN_PASSWORD, newPassword: "tangerine-orbit-kettle-47" }
    ),
  },
  confirmTwoFactor: {
    allowed: [...ROLE_NAMES],
    setup: async (who) => {
      const { user } = await ownAccount(who, false);
      const { prepareTwoFactorEnrolment } = await import("@/lib/dal/users/two-factor");
      const { enrolment, secret } = prepareTwoFactorEnrolment(user, new Date());
      return { enrolment, code: totpCodeAt(secret, new Date()) };
    },
  },
  disableTwoFactor: {
    allowed: [...ROLE_NAMES],
    setup: async (who) => ({ password: OWN_PASSWORD, code: (await ownAccount(who, true)).code }),
  },
  regenerateRecoveryCodes: {
    allowed: [...ROLE_NAMES],
    setup: async (who) => ({ code: (await ownAccount(who, true)).code }),
  },
  setTwoFactorPolicy: {
    allowed: ADMIN,
    setup: async () => ({
      requireForAdminsAndManagers: !(await t.db.orgSettings.findUnique({ where: { id: 1 } }))?.requireTwoFactorForStaff,
    }),
  },
  resetUserTwoFactor: {
    allowed: ADMIN,
    setup: async () => {
      const { sealTotpSecret } = await import("@/lib/auth/second-factor");
      const user = await makeUser(t.db, ["manager"]);
      await t.db.user.update({
        where: { id: user.id },
        data: { totpSecret: sealTotpSecret(user.id, generateTotpSecret()), totpEnabledAt: new Date() },
      });
      return { userId: user.id };
    },
  },
  createUser: {
    allowed: ADMIN,
    setup: async () => ({
      email: `new-${uid()}@x.test`,
      name: "New",
      password: "correct-horse-battery",
      roles: ["reviewer"],
      disciplines: [],
    }),
  },
  updateUserAccess: {
    allowed: ADMIN,
    setup: async () => ({
      userId: (await makeUser(t.db, ["reviewer"])).id,
      roles: ["reviewer", "researcher"],
      disciplines: ["qa_engineer"],
      active: true,
    }),
  },
  resetUserPassword: {
    allowed: ADMIN,
    setup: async () => ({ userId: (await makeUser(t.db, ["reviewer"])).id, password: "another-long-password" }),
  },
};
