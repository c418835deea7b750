import { NONCE_PLACEHOLDER } from "@/db/edge/security-headers.mjs";
import { THEME_HEAD_SCRIPT } from "./theme-choice";

/*
 * Rendered with the nonce placeholder, which the front door swaps for each response's nonce
 * (db/edge/nonce-swap.mjs), so the CSP lets it run even from a cached render. Browsers hide a
 * nonce from the DOM once read, hence no hydration warning for it.
 */
export function ThemeHeadScript() {
  return <script nonce={NONCE_PLACEHOLDER} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: THEME_HEAD_SCRIPT }} />;
}
