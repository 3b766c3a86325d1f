import type { DefaultSession } from "next-auth";
import type { Discipline, Role } from "@/lib/domain/vocabulary";
import type { SessionUser } from "./session-user";

/** What our callbacks put into next-auth's objects (lib/auth.ts). */
declare module "next-auth" {
  interface Session {
    user?: SessionUser & DefaultSession["user"];
    /** Set when the per-request database check could not run (database down): not a sign-out. */
    authCheckFailed?: true;
  }
  interface User {
    /** Only on the object the credentials provider returns. */
    sessionVersion?: number;
    /** Only on the object the credentials provider returns: the client address of the sign-in. */
    signInIp?: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** Absent on a revoked token: lib/auth treats it as signed out. */
    userId?: string;
    sessionVersion?: number;
    /** The auth_sessions row of this sign-in (lib/auth/session-store): revocable, absolute end. */
    sid?: string;
    roles?: Role[];
    disciplines?: Discipline[];
    authCheckFailed?: true;
    /** SSO sessions only: the provider's ID token, sent back as id_token_hint on sign-out. */
    oidcIdToken?: string;
  }
}
