import { normaliseServer, storeCredentials } from "../config";
import { usageError } from "../errors";
import { createApi } from "../http";
import { line, type Io } from "../io";

export type Me = {
  user: { id: string; name: string | null; email: string };
  token: { name: string; scopes: string[]; project: string | null; expiresAt: string | null };
};

/**
 * Verifies a token with GET /me before storing it, so a typo is caught at login and not in CI. The
 * token comes from --token, MLTRL_TOKEN or standard input (keeps it out of the shell's history).
 */
export async function login(io: Io, serverArg: string, options: { token?: string }): Promise<void> {
  const server = normaliseServer(serverArg);
  const token = (options.token ?? io.env.MLTRL_TOKEN ?? (await io.readStdin())).trim();
  if (!token) throw usageError("No token given.", ["Pass --token, set MLTRL_TOKEN, or pipe the token in."]);
  const { body: me } = await createApi({ server, token }, io.fetch)<Me>("/me");
  const file = await storeCredentials(io.env, { server, token });
  line(io.out, `Logged in to ${server} as ${me.user.name ?? me.user.email} <${me.user.email}>.`);
  const scope = me.token.project ? `project ${me.token.project}` : "personal";
  const expiry = me.token.expiresAt ? `, expires ${me.token.expiresAt}` : "";
  line(io.out, `Token "${me.token.name}" (${scope}; scopes: ${me.token.scopes.join(", ")}${expiry}).`);
  line(io.out, `Saved to ${file}.`);
}
