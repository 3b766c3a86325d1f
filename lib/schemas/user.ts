import { z } from "zod";
import { DISCIPLINES, ROLES } from "@/lib/domain/vocabulary";

/**
 * User schemas shared by the admin forms (react-hook-form + zodResolver) and the server actions.
 * Every object is `.strict()`: an action refuses fields it does not know instead of ignoring them.
 */

export const MIN_PASSWORD_LENGTH = 12;
/** Bounds hashing work per request (argon2 runs on the server); long passphrases still fit. */
export const MAX_PASSWORD_LENGTH = 256;

/** Emails are compared lower-cased and trimmed everywhere (unique index, sign-in, OIDC). */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters.")
  .pipe(z.email({ message: "Enter a valid email address." }));

export const nameSchema = z.string().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters.");

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

/** Duplicates are dropped; zero roles is allowed ("other signed-in": may read, nothing else). */
export const rolesSchema = z
  .array(z.enum(ROLES, { message: "Choose roles from the list." }))
  .transform((roles) => ROLES.filter((r) => roles.includes(r)));

export const disciplinesSchema = z
  .array(z.enum(DISCIPLINES, { message: "Choose disciplines from the list." }))
  .transform((ds) => DISCIPLINES.filter((d) => ds.includes(d)));

const userIdSchema = z.string().min(1, "Missing user.").max(64);

export const createUserSchema = z
  .object({
    email: emailSchema,
    name: nameSchema,
    password: newPasswordSchema,
    roles: rolesSchema,
    disciplines: disciplinesSchema,
  })
  .strict();
export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUserData = z.output<typeof createUserSchema>;

export const updateUserAccessSchema = z
  .object({
    userId: userIdSchema,
    roles: rolesSchema,
    disciplines: disciplinesSchema,
    active: z.boolean(),
  })
  .strict();
export type UpdateUserAccessInput = z.input<typeof updateUserAccessSchema>;
export type UpdateUserAccessData = z.output<typeof updateUserAccessSchema>;

export const resetPasswordSchema = z
  .object({
    userId: userIdSchema,
    password: newPasswordSchema,
  })
  .strict();
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
export type ResetPasswordData = z.output<typeof resetPasswordSchema>;

/**
 * Sign-in checks only presence: telling a user "not a valid email" for an address that has no
 * account would be harmless, but rules for *new* passwords must not lock out old ones.
 */
export const signInSchema = z
  .object({
    email: z.string().trim().toLowerCase().min(1, "Enter your email address.").max(254, "Use at most 254 characters."),
    password: z
      .string()
      .min(1, "Enter your password.")
      .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
    /** The one-time code (TOTP or recovery code) of an account with two-factor on; empty = none. */
    code: z
      .string()
      .trim()
      .max(32, "Enter the 6-digit code from your authenticator app or a recovery code.")
      .optional(),
  })
  .strict();
export type SignInInput = z.input<typeof signInSchema>;
