import { useSyncExternalStore } from "react";

/*
 * Toasts, with sonner fetched the first time one is shown: most page loads show none, and then
 * carry none of its code. Sonner replays to its Toaster the toasts made before it subscribed,
 * so the first one is not lost while both load.
 */
let wanted = false;
const listeners = new Set<() => void>();

export function notify(kind: "success" | "error", message: string, options?: { id?: string }) {
  if (!wanted) {
    wanted = true;
    for (const listener of listeners) listener();
  }
  void import("sonner").then(({ toast }) => toast[kind](message, options));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Whether a toast has been asked for on this page yet: the Toaster mounts from then on. */
export const useToastsWanted = () => useSyncExternalStore(subscribe, () => wanted, () => false);
