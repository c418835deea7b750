import type { DashboardData } from "@/db/dashboard-data";
import { formatFuzzyDate } from "@/db/domain/fuzzy-date";
import { STATUS_LABELS, STATUS_RULES } from "@/db/domain/status";
import { formatAgeDays, formatGap, formatPercentBand } from "@/components/format";
import { formatDay, formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { outletOf, type SourceIndex } from "./source-index";
import { StatusBadge } from "./status-badge";

interface ProjectHeaderProps {
  data: DashboardData;
  sources: SourceIndex;
}

export function ProjectHeader({ data, sources }: ProjectHeaderProps) {
  const { project, planOfRecord, status, latestReport, today } = data;
  return (
    <section className="project-header" aria-labelledby="project-title">
      <div className="project-header__title">
        <h1 id="project-title">{project.name}</h1>
        <p className="muted">
          {project.location}
          {project.parties.length > 0 && <> · {project.parties.join(", ")}</>}
        </p>
        {project.summary && <p className="project-header__summary">{project.summary}</p>}
      </div>

      <dl className="facts">
        <div className="fact fact--status">
          <dt>Status as of {formatDay(today)}</dt>
          <dd>
            <StatusBadge status={status} />
            <p className="fact__note">{status.reason}</p>
          </dd>
        </div>
        <div className="fact">
          <dt>Plan of record</dt>
          <dd>
            {planOfRecord ? (
              <>
                <span className="fact__value">{formatFuzzyWithWindow(planOfRecord.window)}</span>
                <span className="fact__note">
                  claimed {formatDay(planOfRecord.claimedOn)} by {outletOf(sources, planOfRecord.sourceId)}
                </span>
              </>
            ) : (
              <span className="fact__value">None recorded</span>
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>Planned today</dt>
          <dd>
            <span className="fact__value">{status.plannedToday ? formatPercentBand(status.plannedToday) : "—"}</span>
            {status.plannedToday && status.plannedToday.low !== status.plannedToday.high && (
              <span className="fact__note">mid-curve {status.plannedToday.mid}%</span>
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>Latest reported</dt>
          <dd>
            {latestReport ? (
              <>
                <span className="fact__value">
                  {latestReport.percent === null ? "Qualitative" : `${latestReport.percent}%`}
                </span>
                <span className="fact__note">
                  {outletOf(sources, latestReport.sourceId)}, observed {formatFuzzyDate(latestReport.observed)}
                  {status.reportAgeDays !== null && <> ({formatAgeDays(status.reportAgeDays)})</>}
                </span>
              </>
            ) : (
              <span className="fact__value">No reports</span>
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>Gap</dt>
          <dd>
            <span className="fact__value">{status.gap ? formatGap(status.gap) : "—"}</span>
            <span className="fact__note">reported minus planned</span>
          </dd>
        </div>
      </dl>

      <details className="status-rules">
        <summary>How status is decided</summary>
        <p>Rules are checked in order; the first that holds decides.</p>
        <ol>
          {STATUS_RULES.map((r) => (
            <li key={r.status} className={r.status === status.status ? "status-rules__current" : undefined}>
              <strong>{STATUS_LABELS[r.status]}</strong>
              {r.status === status.status && <span className="status-rules__applies"> (applies now)</span>}: {r.rule}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
