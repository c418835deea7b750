import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthEndpoint } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { z } from "zod";

export const INVALID_CREDENTIALS = "Invalid email or password.";

/*
 * Email-and-password sign-in, as better-auth's own but without its strict email syntax check:
 * the first-start account is `admin@localhost`, which that check refuses. Unknown emails still
 * cost one password hash, so timing does not tell whether an account exists.
 */
export const credentialsSignIn = () =>
  ({
    id: "bridgewatch-credentials",
    endpoints: {
      signInCredentials: createAuthEndpoint(
        "/bridgewatch/sign-in",
        { method: "POST", body: z.object({ email: z.string().max(254), password: z.string().max(128) }) },
        async (ctx) => {
          const { email, password } = ctx.body;
          const found = await ctx.context.internalAdapter.findUserByEmail(email.trim().toLowerCase(), {
            includeAccounts: true,
          });
          const credential = found?.accounts.find((a) => a.providerId === "credential" && a.accountId === found.user.id);
          if (!found || !credential?.password) {
            await ctx.context.password.hash(password);
            throw new APIError("UNAUTHORIZED", { message: INVALID_CREDENTIALS });
          }
          const valid = await ctx.context.password.verify({ hash: credential.password, password });
          if (!valid) throw new APIError("UNAUTHORIZED", { message: INVALID_CREDENTIALS });
          const session = await ctx.context.internalAdapter.createSession(found.user.id);
          if (!session) throw new APIError("UNAUTHORIZED", { message: INVALID_CREDENTIALS });
          await setSessionCookie(ctx, { session, user: found.user });
          return ctx.json({ userId: found.user.id });
        },
      ),
    },
  }) satisfies BetterAuthPlugin;
