/*
 * What must be drawn before the page prints: the charts and the sections that wait for the
 * reader to come near (chart-on-approach.tsx, hydrate-on-approach.tsx). A browser prints the
 * page as it stands once its `beforeprint` listeners return, so those listeners draw what they
 * can at once; a chart whose code has not loaded yet cannot be drawn in that moment. Ctrl+P
 * (Cmd+P) is therefore taken in hand: everything is woken, and the print dialog opens once
 * every chart has drawn (or after a few seconds, whatever stands then).
 */

type Wake = () => void;
const waiting = new Set<Wake>();
const LONGEST_WAIT_MS = 5_000;
/** Between Ctrl+P and the dialog: what comes to life meanwhile (a chart in a section just woken) wakes at once. */
let printAsked = false;

function wakeAll() {
  for (const wake of [...waiting]) wake();
  waiting.clear();
}

/**
 * Charts not drawn yet. A chart is drawn once recharts' surface is in its frame: the loading
 * status goes as soon as the plot's code mounts, but recharts draws only after it has measured
 * its container, a frame or more later.
 */
const pendingCharts = () => [...document.querySelectorAll(".chart-frame")].filter((frame) => !frame.querySelector("svg.recharts-surface")).length;

function printWhenDrawn() {
  const started = performance.now();
  const check = () => {
    if (pendingCharts() > 0 && performance.now() - started < LONGEST_WAIT_MS) {
      requestAnimationFrame(check);
      return;
    }
    printAsked = false;
    window.print();
  };
  requestAnimationFrame(check);
}

function onKeyDown(event: KeyboardEvent) {
  const printKey = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "p";
  if (!printKey || waiting.size === 0) return;
  event.preventDefault();
  printAsked = true;
  wakeAll();
  printWhenDrawn();
}

let print: MediaQueryList | undefined;
const onPrintMedia = () => print?.matches && wakeAll();

function listen() {
  window.addEventListener("keydown", onKeyDown, true);
  window.addEventListener("beforeprint", wakeAll);
  (print ??= window.matchMedia("print")).addEventListener("change", onPrintMedia);
}

function unlisten() {
  window.removeEventListener("keydown", onKeyDown, true);
  window.removeEventListener("beforeprint", wakeAll);
  print?.removeEventListener("change", onPrintMedia);
}

/**
 * Calls `wake` before the page prints (in a moment when it is being printed already, or asked to: not
 * inside the caller's own effect). Returns the way to cancel, for what woke by itself first.
 */
export function wakeBeforePrint(wake: Wake): () => void {
  if (printAsked || (print ??= window.matchMedia("print")).matches) {
    queueMicrotask(wake);
    return () => {};
  }
  if (waiting.size === 0) listen();
  waiting.add(wake);
  return () => {
    waiting.delete(wake);
    if (waiting.size === 0) unlisten();
  };
}
