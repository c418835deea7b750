"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { ChartLoading } from "./chart-loading";
import { wakeBeforePrint } from "./print-readiness";

/**
 * How far ahead of the screen a chart starts to draw: half a phone screen, so a reader
 * scrolling at a normal pace finds it drawn when it arrives.
 */
const AHEAD = "400px 0px";

/**
 * A chart's frame, of the chart's height: it draws the chart once it comes near the screen, or
 * before the page prints (print-readiness.ts), and shows the loading status until then. Recharts' code and its first
 * render are most of a dashboard's scripting: on a phone, where the charts lie below the first
 * screen, the page answers at once and pays for a chart only when the reader scrolls to it.
 * Once drawn, a chart stays drawn.
 */
export function ChartFrame({ height, children }: { height: number; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = frame.current;
    if (near || !element) return;
    // Synchronously when printing: the browser prints what stands when its listeners return.
    const stopPrint = wakeBeforePrint(() => flushSync(() => setNear(true)));
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: AHEAD });
    observer.observe(element);
    return () => {
      observer.disconnect();
      stopPrint();
    };
  }, [near]);

  return (
    <div ref={frame} className="chart-frame" style={{ height }}>
      {near ? children : <ChartLoading />}
    </div>
  );
}
