/*
 * Reported points are marked by evidence kind with a shape, not only a colour, so the kind of
 * evidence reads in greyscale and for colour-blind readers. The legend and the chart share this.
 */
import type { SVGProps } from "react";
import type { Confidence, SourceKind } from "@/db/records/vocabulary";

export const EVIDENCE_SHAPE_NAMES: Record<SourceKind, string> = {
  state_media: "square",
  independent_media: "circle",
  official_statement: "diamond",
  satellite_imagery: "triangle",
  ground_photo: "inverted triangle",
  intelligence_briefing: "hexagon",
  analysis: "pentagon",
  other: "plus",
};

const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${x},${y}`).join("L")}Z`;

/** A regular polygon around the centre, starting at `turn` radians. */
const regular = (sides: number, cx: number, cy: number, r: number, turn = 0) =>
  polygon(
    Array.from({ length: sides }, (_, i): [number, number] => {
      const a = turn + ((2 * Math.PI) / sides) * i;
      return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    }),
  );

function shapePath(kind: SourceKind, cx: number, cy: number, r: number): string {
  switch (kind) {
    case "independent_media":
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case "state_media": {
      const s = r * 0.9;
      return polygon([[cx - s, cy - s], [cx + s, cy - s], [cx + s, cy + s], [cx - s, cy + s]]);
    }
    case "official_statement":
      return polygon([[cx, cy - r * 1.2], [cx + r * 1.2, cy], [cx, cy + r * 1.2], [cx - r * 1.2, cy]]);
    case "satellite_imagery":
      return polygon([[cx, cy - r * 1.15], [cx + r * 1.1, cy + r * 0.85], [cx - r * 1.1, cy + r * 0.85]]);
    case "ground_photo":
      return polygon([[cx, cy + r * 1.15], [cx + r * 1.1, cy - r * 0.85], [cx - r * 1.1, cy - r * 0.85]]);
    case "intelligence_briefing":
      return regular(6, cx, cy, r);
    case "analysis":
      // Point up, so it does not read as the hexagon.
      return regular(5, cx, cy, r * 1.1, -Math.PI / 2);
    case "other": {
      const t = r * 0.4;
      return polygon([
        [cx - t, cy - r], [cx + t, cy - r], [cx + t, cy - t], [cx + r, cy - t], [cx + r, cy + t], [cx + t, cy + t],
        [cx + t, cy + r], [cx - t, cy + r], [cx - t, cy + t], [cx - r, cy + t], [cx - r, cy - t], [cx - t, cy - t],
      ]);
    }
  }
}

interface EvidenceShapeProps extends Omit<SVGProps<SVGPathElement>, "d"> {
  kind: SourceKind;
  cx: number;
  cy: number;
  r: number;
}

export function EvidenceShape({ kind, cx, cy, r, ...rest }: EvidenceShapeProps) {
  return <path d={shapePath(kind, cx, cy, r)} {...rest} />;
}

/** Confidence shows as size and fill strength; the outline stays solid so faint points remain visible. */
export const CONFIDENCE_MARK: Record<Confidence, { r: number; fillOpacity: number }> = {
  low: { r: 4.5, fillOpacity: 0.2 },
  medium: { r: 5.5, fillOpacity: 0.55 },
  high: { r: 6.5, fillOpacity: 1 },
};
