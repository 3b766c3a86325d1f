import { z } from "zod";
import { MAX_PASSWORD_LENGTH, newPasswordSchema } from "./user";

/**
 * Schemas of the account page (own password, two-factor) and the admin's two-factor policy,
 * shared by the forms (zodResolver) and the server actions. Every object is `.strict()`.
 * The strength rule (zxcvbn) runs on the server (lib/dal) where the account's own words are known.
 */

const currentPasswordSchema = z
  .string()
  .min(1, "Enter your current password.")
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

/** Six digits; spaces people copy from an app ("123 456") are dropped. */
export const totpCodeSchema = z
  .string()
  .max(32, "Enter the 6-digit code from your authenticator app.")
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."));

/** A TOTP code or a recovery code ("k7m2p-x9q4d"); which one it is is decided on the server. */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter the 6-digit code from your authenticator app or a recovery code.")
  .max(32, "Enter the 6-digit code from your authenticator app or a recovery code.");

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
  })
  .strict();
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type ChangePasswordData = z.output<typeof changePasswordSchema>;

export const confirmTwoFactorSchema = z
  .object({
    /** The sealed enrolment (secret + expiry) the account page handed out; opaque to the client. */
    enrolment: z.string().min(1, "Start the set-up again.").max(2000, "Start the set-up again."),
    code: totpCodeSchema,
  })
  .strict();
export type ConfirmTwoFactorInput = z.input<typeof confirmTwoFactorSchema>;
export type ConfirmTwoFactorData = z.output<typeof confirmTwoFactorSchema>;

export const disableTwoFactorSchema = z
  .object({
    password: currentPasswordSchema,
    code: secondFactorCodeSchema,
  })
  .strict();
export type DisableTwoFactorInput = z.input<typeof disableTwoFactorSchema>;
export type DisableTwoFactorData = z.output<typeof disableTwoFactorSchema>;

export const regenerateRecoveryCodesSchema = z.object({ code: totpCodeSchema }).strict();
export type RegenerateRecoveryCodesInput = z.input<typeof regenerateRecoveryCodesSchema>;
export type RegenerateRecoveryCodesData = z.output<typeof regenerateRecoveryCodesSchema>;

export const twoFactorPolicySchema = z
  .object({ requireForAdminsAndManagers: z.boolean({ message: "Choose on or off." }) })
  .strict();
export type TwoFactorPolicyInput = z.input<typeof twoFactorPolicySchema>;
export type TwoFactorPolicyData = z.output<typeof twoFactorPolicySchema>;

/** An admin clears another user's two-factor (phone and recovery codes lost). */
export const resetUserTwoFactorSchema = z.object({ userId: z.string().min(1, "Missing user.").max(64) }).strict();
export type ResetUserTwoFactorInput = z.input<typeof resetUserTwoFactorSchema>;
export type ResetUserTwoFactorData = z.output<typeof resetUserTwoFactorSchema>;
