import { describe, expect, it } from "vitest";
import { asksForSecondFactor, SIGN_IN_ERROR, signInErrorMessage } from "./sign-in-errors";
import { allowedWhileEnrolmentRequired } from "./two-factor-gate";

/** Item 9: sign-in with two-factor needs its own error codes, which make the page show the code field. */
describe("two-factor sign-in errors", () => {
  it("asks precisely for the code, and says when a code was wrong or reused", () => {
    expect(signInErrorMessage(SIGN_IN_ERROR.twoFactorRequired)).toBe(
      "Enter the 6-digit code from your authenticator app or a recovery code.",
    );
    expect(signInErrorMessage(SIGN_IN_ERROR.twoFactorInvalid)).toBe(
      "That code is not right or was already used. Enter the 6-digit code from your authenticator app or a recovery code.",
    );
  });
  it("shows the code field only for those two", () => {
    expect(asksForSecondFactor(SIGN_IN_ERROR.twoFactorRequired)).toBe(true);
    expect(asksForSecondFactor(SIGN_IN_ERROR.twoFactorInvalid)).toBe(true);
    expect(asksForSecondFactor("CredentialsSignin")).toBe(false);
    expect(asksForSecondFactor(SIGN_IN_ERROR.throttled)).toBe(false);
    expect(asksForSecondFactor(null)).toBe(false);
  });
});

describe("required-2FA gate", () => {
  it("lets a user who must enrol open only the account page", () => {
    expect(allowedWhileEnrolmentRequired("/account")).toBe(true);
    expect(allowedWhileEnrolmentRequired("/account/anything")).toBe(true);
    expect(allowedWhileEnrolmentRequired("/accounts")).toBe(false);
    expect(allowedWhileEnrolmentRequired("/admin/users")).toBe(false);
    expect(allowedWhileEnrolmentRequired(null)).toBe(false);
  });
});
