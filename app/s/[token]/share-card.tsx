/*
 * The preview card of a shared view, drawn by next/og (satori): flexbox divs and a plain SVG
 * sparkline, no client code. Satori needs display:flex on every element with several children.
 */
import type { DashboardData } from "@/db/dashboard-data";
import { dayNumber, fromDayNumber } from "@/db/domain/calendar-day";
import { formatFuzzyDate, midpoint } from "@/db/domain/fuzzy-date";
import type { ProjectStatus } from "@/db/domain/status";
import { planLine } from "@/components/dashboard/claim-wording";

export const CARD_SIZE = { width: 1200, height: 630 } as const;

const STATUS_COLORS: Record<ProjectStatus, { fg: string; bg: string }> = {
  complete: { fg: "#166534", bg: "#e3f3e8" },
  on_track: { fg: "#0f5a73", bg: "#e1f1f7" },
  behind: { fg: "#7a4b00", bg: "#fdf0d5" },
  far_behind: { fg: "#9b1c1c", bg: "#fbe4e4" },
  unconfirmed: { fg: "#7a4b00", bg: "#fdf0d5" },
  overdue: { fg: "#9b1c1c", bg: "#fbe4e4" },
  no_data: { fg: "#454d57", bg: "#eceef1" },
};

const SPARK = { width: 976, height: 196 };
// The y axis's labels, left of the plot.
const Y_LABELS = 64;
// Room for the report dots at the edges of the plot.
const INSET = 12;

/**
 * The current plan's band (low..high) and mid line, else the baseline's; the original plan's
 * mid line dashed when the plan moved; whole-project figures only, each at the middle of its
 * observation window with a whisker across a vague one; today dashed.
 */
function Sparkline({ data, domain }: { data: DashboardData; domain: Domain }) {
  const band = data.planned.current ?? data.planned.baseline;
  const base = data.planned.current && data.status.planMoved ? data.planned.baseline : null;
  const series = band?.series ?? [];
  const baseSeries = base?.series ?? [];
  const reported = wholeProjectFigures(data);
  const x = (iso: string) => INSET + ((dayNumber(iso) - domain.first) / domain.span) * (SPARK.width - 2 * INSET);
  const y = (percent: number) => SPARK.height - INSET - (percent / 100) * (SPARK.height - 2 * INSET);
  const upper = series.map((p) => `${x(p.date)},${y(p.high)}`);
  const lower = series.map((p) => `${x(p.date)},${y(p.low)}`).reverse();
  const mid = series.map((p) => `${x(p.date)},${y(p.mid)}`).join(" ");
  const baseMid = baseSeries.map((p) => `${x(p.date)},${y(p.mid)}`).join(" ");
  const todayX = x(data.today);

  return (
    <svg width={SPARK.width} height={SPARK.height} viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}>
      <line x1={0} y1={y(0)} x2={SPARK.width} y2={y(0)} stroke="#aeb7c2" strokeWidth={2} />
      {baseSeries.length > 1 && <polyline points={baseMid} fill="none" stroke="#7b8fb3" strokeWidth={3} strokeDasharray="10 8" />}
      {series.length > 1 && <polygon points={[...upper, ...lower].join(" ")} fill="rgba(29,91,191,0.17)" />}
      {series.length > 1 && <polyline points={mid} fill="none" stroke="#1d5bbf" strokeWidth={4} />}
      <line x1={todayX} y1={0} x2={todayX} y2={SPARK.height} stroke="#8a3b12" strokeWidth={3} strokeDasharray="8 6" />
      {reported.map((r) => (
        <line key={`w-${r.id}`} x1={x(r.observed.earliest)} x2={x(r.observed.latest)} y1={y(r.figure ?? 0)} y2={y(r.figure ?? 0)} stroke="#14181f" strokeWidth={3} />
      ))}
      {reported.map((r) => (
        <circle key={r.id} cx={x(midpoint(r.observed))} cy={y(r.figure ?? 0)} r={10} fill="#14181f" />
      ))}
    </svg>
  );
}

interface Domain {
  first: number;
  span: number;
}

const wholeProjectFigures = (data: DashboardData) => data.reports.filter((r) => r.scope === null && r.figure !== null);

/** The days the plot spans: every plan point, every report's observation window, and today. */
function domainOf(data: DashboardData): Domain {
  const band = data.planned.current ?? data.planned.baseline;
  const base = data.planned.current && data.status.planMoved ? data.planned.baseline : null;
  const days = [
    ...[...(band?.series ?? []), ...(base?.series ?? [])].map((p) => dayNumber(p.date)),
    ...wholeProjectFigures(data).flatMap((r) => [dayNumber(r.observed.earliest), dayNumber(r.observed.latest)]),
    dayNumber(data.today),
  ];
  const first = Math.min(...days);
  return { first, span: Math.max(1, Math.max(...days) - first) };
}

/** An axis end as a month, "Jun 2024": where the plot begins and ends, not a claim about any record. */
const axisMonth = (day: number) =>
  new Date(`${fromDayNumber(day)}T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

function figureLine(data: DashboardData): string {
  const f = data.latestFigure;
  if (!f || f.figure === null) return "No whole-project figure";
  return `Latest figure: ${f.figure}%, observed ${formatFuzzyDate(f.observed)}`;
}

export function ShareCard({ data }: { data: DashboardData }) {
  const colors = STATUS_COLORS[data.status.status];
  const domain = domainOf(data);
  const axis = { display: "flex", fontSize: 20, color: "#545d68" } as const;
  return (
    <div
      style={{
        ...CARD_SIZE,
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 80px",
        background: "#f5f6f8",
        color: "#1a1f26",
        fontSize: 28,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 26, color: "#545d68" }}>Bridgewatch</div>
        <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.1, marginTop: 12 }}>
          {data.project.name}
        </div>
        <div style={{ display: "flex", alignItems: "center", marginTop: 24 }}>
          <div style={{ display: "flex", padding: "8px 20px", borderRadius: 8, color: colors.fg, background: colors.bg, fontWeight: 700 }}>
            {data.status.label}
          </div>
          <div style={{ display: "flex", flexDirection: "column", marginLeft: 24, color: "#545d68", fontSize: 24 }}>
            <div style={{ display: "flex" }}>{planLine(data)}</div>
            <div style={{ display: "flex" }}>{figureLine(data)}</div>
          </div>
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex" }}>
          <div style={{ ...axis, width: Y_LABELS, height: SPARK.height, flexDirection: "column", justifyContent: "space-between" }}>
            <div style={{ display: "flex" }}>100%</div>
            <div style={{ display: "flex" }}>0%</div>
          </div>
          <Sparkline data={data} domain={domain} />
        </div>
        <div style={{ ...axis, marginLeft: Y_LABELS, width: SPARK.width, justifyContent: "space-between" }}>
          <div style={{ display: "flex" }}>{axisMonth(domain.first)}</div>
          <div style={{ display: "flex" }}>{axisMonth(domain.first + domain.span)}</div>
        </div>
        <div style={{ display: "flex", fontSize: 22, color: "#545d68", marginTop: 12 }}>
          {data.status.planMoved
            ? "Progress, 0–100%, over time: current plan (band), original plan (dashed curve), whole-project figures (dots), today (dashed line)"
            : "Progress, 0–100%, over time: planned (band), whole-project figures (dots), today (dashed line)"}
        </div>
      </div>
    </div>
  );
}
