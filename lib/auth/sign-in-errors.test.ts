import { describe, expect, it } from "vitest";
import {
  DEACTIVATED_MESSAGE,
  INCORRECT_CREDENTIALS_MESSAGE,
  SIGN_IN_ERROR,
  THROTTLED_MESSAGE,
  signInErrorMessage,
} from "./sign-in-errors";

describe("signInErrorMessage", () => {
  it("never tells whether an account exists", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("Email or password is incorrect.");
    // An unknown code (for example a raw error text) never reaches the user.
    expect(signInErrorMessage("PrismaClientKnownRequestError: relation users …")).toBe(INCORRECT_CREDENTIALS_MESSAGE);
  });
  it("explains throttling", () => {
    expect(signInErrorMessage(SIGN_IN_ERROR.throttled)).toBe(THROTTLED_MESSAGE);
    expect(THROTTLED_MESSAGE).toBe("Too many sign-in attempts. Wait 15 minutes and try again.");
  });
  it("names a deactivated account (only ever sent after its correct password)", () => {
    expect(signInErrorMessage(SIGN_IN_ERROR.deactivated)).toBe(DEACTIVATED_MESSAGE);
    expect(DEACTIVATED_MESSAGE).toMatch(/deactivated/);
  });
  it("maps OAuth failures to a single-sign-on message and no code to nothing", () => {
    expect(signInErrorMessage("OAuthCallback")).toMatch(/Single sign-on/);
    expect(signInErrorMessage(SIGN_IN_ERROR.oidcNoAccount)).toMatch(/Ask an admin to create one/);
    expect(signInErrorMessage(null)).toBeNull();
  });
  it("tells a missing e-mail, an unreachable provider and a mismatched issuer apart", () => {
    expect(signInErrorMessage(SIGN_IN_ERROR.oidcNoEmail)).toBe(
      "Your identity provider did not share an e-mail address; ask its administrator to release the email scope.",
    );
    expect(signInErrorMessage(SIGN_IN_ERROR.oidcUnavailable)).toMatch(/cannot be reached/);
    expect(signInErrorMessage(SIGN_IN_ERROR.oidcMisconfigured)).toMatch(/does not match the configured issuer/);
  });
});
