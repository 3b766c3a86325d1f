import "server-only";
import { resetUserTwoFactor } from "@/lib/dal/users/two-factor-admin";
import { createUser, resetUserPassword, updateUserAccess } from "@/lib/dal/users/admin";
import { resetUserTwoFactorSchema } from "@/lib/schemas/account";
import { createUserSchema, resetPasswordSchema, updateUserAccessSchema } from "@/lib/schemas/user";
import { defineCommand } from "./define-command";

/** Admin user management (the DAL checks the admin role, changes and audits in one transaction). */

export const createUserCommand = defineCommand({
  name: "createUser",
  schema: createUserSchema,
  run: createUser,
  invalidates: ["adminUsers"],
  audit: ["user.create"],
});

export const updateUserAccessCommand = defineCommand({
  name: "updateUserAccess",
  schema: updateUserAccessSchema,
  run: updateUserAccess,
  invalidates: ["adminUsers"],
  audit: ["user.update_access"],
});

/** Nothing the admin pages show changes (the list shows no password state). */
export const resetUserPasswordCommand = defineCommand({
  name: "resetUserPassword",
  schema: resetPasswordSchema,
  run: resetUserPassword,
  invalidates: [],
  audit: ["user.reset_password"],
});

/** Clears another user's two-factor (they enrol again). */
export const resetUserTwoFactorCommand = defineCommand({
  name: "resetUserTwoFactor",
  schema: resetUserTwoFactorSchema,
  run: resetUserTwoFactor,
  invalidates: ["adminUsers"],
  audit: ["auth.2fa_reset"],
});
