import "server-only";
import { changeOwnPassword } from "@/lib/dal/users/password";
import { confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes } from "@/lib/dal/users/two-factor";
import {
  changePasswordSchema,
  confirmTwoFactorSchema,
  disableTwoFactorSchema,
  regenerateRecoveryCodesSchema,
} from "@/lib/schemas/account";
import { defineCommand } from "./define-command";

/** The signed-in user's own account: password and two-factor. No input names a user: it is always the caller. */

/** Ends every session of the user (sessionVersion); the server-action door keeps the caller's own. */
export const changePasswordCommand = defineCommand({
  name: "changePassword",
  schema: changePasswordSchema,
  run: changeOwnPassword,
  invalidates: [],
  audit: ["auth.password_changed"],
  sessionOnly: true,
});

/** Confirms the two-factor set-up; returns the recovery codes, shown once. */
export const confirmTwoFactorCommand = defineCommand({
  name: "confirmTwoFactor",
  schema: confirmTwoFactorSchema,
  run: (user, input) => confirmTwoFactor(user, input, new Date()),
  invalidates: ["account"],
  audit: ["auth.2fa_enabled"],
  duringTwoFactorEnrolment: true,
  sessionOnly: true,
});

/** A recovery code (for a lost phone) is used up and audited as well. */
export const disableTwoFactorCommand = defineCommand({
  name: "disableTwoFactor",
  schema: disableTwoFactorSchema,
  run: (user, input) => disableTwoFactor(user, input, new Date()),
  invalidates: ["account"],
  audit: ["auth.2fa_disabled", "auth.recovery_code_used"],
  sessionOnly: true,
});

/** Ten new recovery codes (the old ones stop working), shown once. */
export const regenerateRecoveryCodesCommand = defineCommand({
  name: "regenerateRecoveryCodes",
  schema: regenerateRecoveryCodesSchema,
  run: (user, input) => regenerateRecoveryCodes(user, input, new Date()),
  invalidates: ["account"],
  audit: ["auth.recovery_codes_regenerated"],
  sessionOnly: true,
});
