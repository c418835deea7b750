/** What every response of a shared link carries: never cached by anyone, never indexed, never leaking its URL onward. */
export const SHARED_RESPONSE_HEADERS = {
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
} as const;
