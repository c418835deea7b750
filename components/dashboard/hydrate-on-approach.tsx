"use client";

import { Suspense, use, useState, useSyncExternalStore, type ReactNode } from "react";
import { wakeBeforePrint } from "./print-readiness";

/** How far ahead of the screen a section wakes up: half a phone screen, as the charts (chart-on-approach.tsx). */
const AHEAD = "400px 0px";

type Approach = Promise<void> & { status?: "fulfilled"; value?: undefined };
const approaches = new Map<string, { promise: Approach; done: () => void }>();

/**
 * Settles once the element with this id comes near the screen, the reader points at, touches
 * or focuses anything in it, or the page is printed. Settled by hand as well as resolved, so
 * React's `use` reads it as done within the very event that settles it (a click on a section
 * not yet awake hydrates it at once, and the click lands on the hydrated section).
 */
function approach(id: string): Approach {
  const known = approaches.get(id);
  if (known) return known.promise;
  let settle!: () => void;
  const promise = new Promise<void>((resolve) => (settle = resolve)) as Approach;
  const element = document.getElementById(id);
  // Heard on the window, in the capture phase: before React's own listeners on the document,
  // which would otherwise find the section still asleep and drop the event.
  const events = ["pointerover", "pointerdown", "focusin", "keydown", "touchstart"] as const;
  let stopPrint = () => {};
  const observer = element ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), { rootMargin: AHEAD }) : null;
  const onEvent = (event: Event) => element?.contains(event.target as Node) && done();
  function done() {
    if (promise.status === "fulfilled") return;
    promise.status = "fulfilled";
    promise.value = undefined;
    settle();
    observer?.disconnect();
    for (const type of events) window.removeEventListener(type, onEvent, true);
    stopPrint();
  }
  approaches.set(id, { promise, done });
  if (!observer) {
    done();
    return promise;
  }
  observer.observe(element!);
  for (const type of events) window.addEventListener(type, onEvent, true);
  stopPrint = wakeBeforePrint(done);
  return promise;
}

/** Wakes the section now, whether or not its hydration has been tried yet. */
function wake(id: string) {
  approach(id);
  approaches.get(id)!.done();
}

const subscribeNever = () => () => {};

/**
 * Holds its boundary's hydration until the section comes near. Only while hydrating: React
 * reads the server snapshot then, and the client snapshot in any other render, so a section
 * that must render afresh (its data changed before it woke) renders at once, never blank.
 */
function WaitForApproach({ id }: { id: string }) {
  const hydrating = useSyncExternalStore(subscribeNever, () => false, () => true);
  if (hydrating && typeof window !== "undefined") use<void>(approach(id) as Promise<void>);
  return null;
}

/**
 * A dashboard section that comes to life (hydrates) when the reader gets near it. Its server
 * HTML is on screen from the first paint, readable, findable and printable; what waits is its
 * scripting: a phone, where the first screen holds only the header, hydrates that and answers
 * at once, instead of spending a second of its CPU on tables below the fold. `id` is the id of
 * the section's element in the server HTML.
 */
export function HydrateOnApproach({ id, children }: { id: string; children: ReactNode }) {
  // The section is about to be given new content (other data, another day's view, a refresh).
  // React must hydrate a section before it can update it, and an update in a transition (a
  // navigation) would wait for a sleeping section for as long as it sleeps: so it wakes now.
  // Idempotent, so a render React throws away costs no more than an early wake-up.
  const [first] = useState(children);
  if (children !== first && typeof window !== "undefined") wake(id);
  return (
    <Suspense fallback={null}>
      <WaitForApproach id={id} />
      {children}
    </Suspense>
  );
}
