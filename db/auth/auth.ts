import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import * as schema from "../schema";
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "../domain/password";
import { credentialsSignIn, INVALID_CREDENTIALS } from "./credentials-plugin";
import { authSecret } from "./secret";

/** A session lasts a week from its last use (renewed once a day), and never past 30 days from sign-in. */
export const SESSION_DAYS = 7;
export const SESSION_ABSOLUTE_DAYS = 30;

/** better-auth's cookie names begin so: over HTTPS with `__Host-` (Secure, Path=/, no Domain: this host only). */
const COOKIE_PREFIX = { http: "better-auth", https: "__Host-better-auth" } as const;
export const SESSION_COOKIES = [`${COOKIE_PREFIX.http}.session_token`, `${COOKIE_PREFIX.https}.session_token`];

/*
 * Sign-up is off: accounts are made by admins (in the app or the CLI). better-auth's own HTTP
 * endpoints are not mounted either; sign-in and sign-out go through our server actions, which
 * apply the database-backed rate limits first.
 */
export function createAuth(db: Db, { https = process.env.PUBLIC_URL?.startsWith("https://") ?? false }: { https?: boolean } = {}) {
  const publicUrl = process.env.PUBLIC_URL;
  return betterAuth({
    appName: "Bridgewatch",
    baseURL: publicUrl,
    secret: authSecret(),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "viewer" },
        disabled: { type: "boolean", input: false, required: false, defaultValue: false },
      },
    },
    session: { expiresIn: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    // Our own limiter (db/auth/rate-limit.ts) counts in the database and covers server actions.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      // better-auth's own secure prefix is __Secure-; __Host- also binds the cookie to this host.
      useSecureCookies: false,
      cookiePrefix: COOKIE_PREFIX[https ? "https" : "http"],
      defaultCookieAttributes: { secure: https, path: "/" },
      database: { generateId: () => crypto.randomUUID() },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account never gets a session, whichever path asked for one.
          before: async (session) => {
            const [owner] = await db
              .select({ disabled: schema.user.disabled })
              .from(schema.user)
              .where(eq(schema.user.id, session.userId));
            if (!owner || owner.disabled) throw new APIError("UNAUTHORIZED", { message: INVALID_CREDENTIALS });
          },
        },
      },
    },
    // nextCookies last: it turns Set-Cookie of any endpoint called from a server action into cookies().
    plugins: [credentialsSignIn(), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
