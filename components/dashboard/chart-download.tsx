"use client";

import { useRef, useState } from "react";
import { formatDay } from "@/db/domain/date-wording";

/*
 * "Download SVG" and "Download PNG" for the chart of the figure these buttons sit in. The chart
 * is styled by the page's CSS and its variables, so each element's computed style is written
 * onto a copy: the file then draws the same standalone, on white, with a title and a source line.
 * The file is always in the light theme, whatever the page shows: it is read on white paper and
 * white slides, and its background is white.
 */
const SVG_NS = "http://www.w3.org/2000/svg";
const STYLE_PROPS = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "stroke-linecap",
  "opacity", "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline", "visibility", "display",
] as const;
const HEADER = 44;
const FOOTER = 28;
const PNG_SCALE = 2;

interface ChartDownloadProps {
  /** The file name without its extension: "tumen-road-bridge-progress". */
  fileName: string;
  title: string;
  projectName: string;
  /** The day the figures are computed for ("YYYY-MM-DD"). */
  asOf: string;
}

function text(content: string, x: number, y: number, size: number, weight = "400"): SVGTextElement {
  const t = document.createElementNS(SVG_NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("style", `font-family: system-ui, sans-serif; font-size: ${size}px; font-weight: ${weight}; fill: #1a1f26`);
  t.textContent = content;
  return t;
}

/** Runs `read` with the light palette in force; synchronous, so the page is never painted so. */
function inLightTheme(read: () => void) {
  const root = document.documentElement;
  const theme = root.dataset.theme;
  root.dataset.theme = "light";
  try {
    read();
  } finally {
    if (theme === undefined) delete root.dataset.theme;
    else root.dataset.theme = theme;
  }
}

/** A standalone copy of the chart's svg, its styles inlined, with a title and a source line. */
export function standaloneSvg(svg: SVGSVGElement, { title, projectName, asOf }: Omit<ChartDownloadProps, "fileName">): string {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  inLightTheme(() =>
    originals.forEach((el, i) => {
      const computed = getComputedStyle(el);
      const style = STYLE_PROPS.map((p) => `${p}: ${computed.getPropertyValue(p)}`).join("; ");
      copies[i]?.setAttribute("style", style);
    }),
  );
  for (const el of copy.querySelectorAll("[tabindex], [role], [aria-label], [aria-describedby]")) {
    for (const a of ["tabindex", "role", "aria-label", "aria-describedby"]) el.removeAttribute(a);
  }
  const chart = document.createElementNS(SVG_NS, "g");
  chart.setAttribute("transform", `translate(0, ${HEADER})`);
  chart.append(...copy.childNodes);
  const total = height + HEADER + FOOTER;
  const background = document.createElementNS(SVG_NS, "rect");
  for (const [k, v] of [["width", "100%"], ["height", "100%"], ["fill", "#ffffff"]]) background.setAttribute(k!, v!);
  copy.replaceChildren(
    background,
    text(title, 12, 28, 18, "600"),
    chart,
    text(`Bridgewatch · ${projectName} · as of ${formatDay(asOf)}`, 12, total - 10, 12),
  );
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(total));
  copy.setAttribute("viewBox", `0 0 ${width} ${total}`);
  copy.setAttribute("style", "overflow: hidden; background: #ffffff");
  return new XMLSerializer().serializeToString(copy);
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function pngOf(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * PNG_SCALE);
    canvas.height = Math.ceil(height * PNG_SCALE);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No canvas to draw the chart on.");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The chart could not be drawn as a PNG."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function ChartDownload({ fileName, ...caption }: ChartDownloadProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const chartSvg = () => ref.current?.closest("figure")?.querySelector<SVGSVGElement>(".chart-frame svg.recharts-surface") ?? null;

  const download = async (kind: "svg" | "png") => {
    setError(null);
    const svg = chartSvg();
    if (!svg) return setError("The chart has not been drawn yet.");
    try {
      const svgText = standaloneSvg(svg, caption);
      if (kind === "svg") return save(new Blob([svgText], { type: "image/svg+xml" }), `${fileName}.svg`);
      const { width, height } = svg.getBoundingClientRect();
      save(await pngOf(svgText, width, height + HEADER + FOOTER), `${fileName}.png`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The chart could not be downloaded.");
    }
  };

  return (
    <div className="chart-download" ref={ref}>
      <button type="button" className="button button--small" onClick={() => void download("svg")}>
        Download SVG
      </button>
      <button type="button" className="button button--small" onClick={() => void download("png")}>
        Download PNG
      </button>
      <span role="status" className="muted small">
        {error}
      </span>
    </div>
  );
}
