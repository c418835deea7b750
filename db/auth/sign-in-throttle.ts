import type { Db } from "../connection";
import { attempt, clear, hit, isRemembered, refund, remember, waitInWords as inWords, type Backoff, type Limit } from "./rate-limit";

/*
 * How sign-in resists password guessing without letting a stranger lock the owner out (OWASP
 * ASVS 5, V6.3.1; the policy is in the README, "Sign-in limits"). Every attempt is counted
 * before its password is checked, so a burst of parallel guesses cannot outrun a limit:
 *
 *  - per account and address: 5 failures free, then a growing delay (1, 2, 4, 8 then 15
 *    minutes between attempts), forgotten a day after the last failure. A guesser at one
 *    address slows down; the owner at another is not affected.
 *  - per account, from everywhere: a ceiling of 100 failures a day. Past it, only addresses
 *    that signed in to the account in the last 30 days may still try (under their own delays),
 *    so guessing from many addresses cannot lock the owner out of their usual network either.
 *  - per address, over all accounts: 50 attempts in 15 minutes, against one address trying
 *    many accounts (credential stuffing).
 *
 * The limits apply alike to emails with and without an account, so they tell nobody which
 * exist. A success clears its pair's failures and gives back its address and account hits.
 */
export const SIGN_IN_PER_PAIR: Backoff = { free: 5, firstDelayMs: 60_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 24 * 3_600_000 };
export const SIGN_IN_ACCOUNT_CEILING: Limit = { max: 100, windowMs: 24 * 3_600_000 };
export const SIGN_IN_PER_ADDRESS: Limit = { max: 50, windowMs: 15 * 60_000 };
export const KNOWN_ADDRESS_MS = 30 * 24 * 3_600_000;

export interface SignInGate {
  /** Why this attempt may not be tried now, in words for the form; null when it may. */
  refusal: string | null;
  /** To call once the password was right. */
  succeeded(): Promise<void>;
}

const keys = (email: string, address: string) => ({
  address: `sign-in:ip:${address}`,
  pair: `sign-in:pair:${email}|${address}`,
  account: `sign-in:account:${email}`,
  known: `sign-in:known:${email}|${address}`,
});

export async function beforeSignIn(db: Db, { email, address }: { email: string; address: string }): Promise<SignInGate> {
  const key = keys(email, address);
  const succeeded = async () => {
    await Promise.all([clear(db, key.pair), refund(db, key.address), refund(db, key.account), remember(db, key.known, KNOWN_ADDRESS_MS)]);
  };
  const byAddress = await hit(db, key.address, SIGN_IN_PER_ADDRESS);
  if (byAddress.limited) return { refusal: `Too many sign-in attempts from your network. Try again in ${inWords(byAddress.retryAfterSeconds)}.`, succeeded };
  const byPair = await attempt(db, key.pair, SIGN_IN_PER_PAIR);
  if (byPair.limited) return { refusal: `Too many failed attempts for this account. Try again in ${inWords(byPair.retryAfterSeconds)}.`, succeeded };
  const byAccount = await hit(db, key.account, SIGN_IN_ACCOUNT_CEILING);
  if (byAccount.limited && !(await isRemembered(db, key.known))) {
    await refund(db, key.account);
    return {
      refusal: `This account is locked after many failed attempts from several places. Try again in ${inWords(byAccount.retryAfterSeconds)}, or from a network you have signed in from before.`,
      succeeded,
    };
  }
  return { refusal: null, succeeded };
}
