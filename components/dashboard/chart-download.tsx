"use client";

import { useRef, useState } from "react";
import { formatDay } from "@/db/domain/date-wording";
import { citedUrl } from "./cite-view";

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

/** A copy of `el` with each element's computed style written onto it (call inside inLightTheme). */
function styledCopy<E extends Element>(el: E): E {
  const copy = el.cloneNode(true) as E;
  const originals = [el, ...el.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((original, i) => {
    const computed = getComputedStyle(original);
    copies[i]?.setAttribute("style", STYLE_PROPS.map((p) => `${p}: ${computed.getPropertyValue(p)}`).join("; "));
  });
  return copy;
}

const KEY_SIZE = 11;
const KEY_LINE = 15;

/** Words broken into lines of at most `max` characters (a word longer than that stands alone). */
function wrap(words: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The chart's key under it, entry by entry: its swatch and its words, as the page's legend has
 * them (call inside inLightTheme). A file read away from the page still says what each mark is.
 */
function keyOf(legend: Element | null, width: number): { group: SVGGElement; height: number } {
  const group = document.createElementNS(SVG_NS, "g");
  let y = 0;
  const maxChars = Math.max(24, Math.floor((width - 60) / (KEY_SIZE * 0.56)));
  for (const entry of legend?.querySelectorAll(":scope > li") ?? []) {
    const lines = wrap(entry.textContent ?? "", maxChars);
    if (lines.length === 0) continue;
    const swatch = entry.querySelector("svg");
    if (swatch) {
      const drawn = styledCopy(swatch);
      drawn.setAttribute("x", "12");
      drawn.setAttribute("y", String(y));
      group.append(drawn);
    }
    lines.forEach((line, i) => group.append(text(line, 48, y + 11 + i * KEY_LINE, KEY_SIZE)));
    y += lines.length * KEY_LINE + 3;
  }
  return { group, height: y };
}

interface Caption extends Omit<ChartDownloadProps, "fileName"> {
  /** The chart's key (the page's legend list), drawn under it. */
  legend?: Element | null;
  /** Where the figures and their sources are: the view's address, pinned to its day. */
  sourcesUrl?: string;
}

/** A standalone copy of the chart's svg, its styles inlined, with a title, its key, where its sources are and a source line. */
export function standaloneSvg(svg: SVGSVGElement, { title, projectName, asOf, legend = null, sourcesUrl }: Caption): { svg: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  let copy!: SVGSVGElement;
  let key!: ReturnType<typeof keyOf>;
  inLightTheme(() => {
    copy = styledCopy(svg);
    key = keyOf(legend, width);
  });
  for (const el of copy.querySelectorAll("[tabindex], [role], [aria-label], [aria-describedby]")) {
    for (const a of ["tabindex", "role", "aria-label", "aria-describedby"]) el.removeAttribute(a);
  }
  const chart = document.createElementNS(SVG_NS, "g");
  chart.setAttribute("transform", `translate(0, ${HEADER})`);
  chart.append(...copy.childNodes);
  key.group.setAttribute("transform", `translate(0, ${HEADER + height + 8})`);
  const keyHeight = key.height > 0 ? key.height + 8 : 0;
  const sourcesHeight = sourcesUrl ? 18 : 0;
  const total = HEADER + height + keyHeight + sourcesHeight + FOOTER;
  const background = document.createElementNS(SVG_NS, "rect");
  for (const [k, v] of [["width", "100%"], ["height", "100%"], ["fill", "#ffffff"]]) background.setAttribute(k!, v!);
  copy.replaceChildren(
    background,
    text(title, 12, 28, 18, "600"),
    chart,
    key.group,
    ...(sourcesUrl ? [text(`Figures and their sources: ${sourcesUrl}`, 12, total - FOOTER - 4, 11)] : []),
    text(`Bridgewatch · ${projectName} · as of ${formatDay(asOf)}`, 12, total - 10, 12),
  );
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(total));
  copy.setAttribute("viewBox", `0 0 ${width} ${total}`);
  copy.setAttribute("style", "overflow: hidden; background: #ffffff");
  return { svg: new XMLSerializer().serializeToString(copy), width, height: total };
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
      const href = window.location.href;
      const drawn = standaloneSvg(svg, {
        ...caption,
        legend: ref.current?.closest("figure")?.querySelector("ul.legend") ?? null,
        // Pinned to the view's day, as a citation is: the address then shows what the file shows.
        sourcesUrl: citedUrl(href, { asOf: new URL(href).searchParams.get("asOf"), today: caption.asOf }),
      });
      if (kind === "svg") return save(new Blob([drawn.svg], { type: "image/svg+xml" }), `${fileName}.svg`);
      save(await pngOf(drawn.svg, drawn.width, drawn.height), `${fileName}.png`);
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
