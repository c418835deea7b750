"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/*
 * Every link inside the app is this one: Next's Link, prefetching its page only once the reader
 * shows the intent to follow it: a pointer enters it (a finger's touch enters it too, before it
 * presses) or the focus moves to it. By default
 * Next prefetches every link as it scrolls into view, and on a phone that work lands in the very
 * seconds the page is loading: on the dashboard, Lighthouse's simulated phone spent about 0.4 s
 * of its main thread on the prefetches of the links on screen (their answers and the share
 * page's code), for pages the reader mostly does not open. Every page here is dynamic, so a prefetch fetches the route's
 * code and layout only: what the intent leaves to the click is one round trip. This is the
 * pattern of Next's prefetching guide ("Hover-triggered prefetch").
 */
export function IntentLink({ onPointerEnter, onFocus, ...props }: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null: Next's default prefetch, from the moment of intent on.
      prefetch={intent ? null : false}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
