import type { DashboardData } from "@/db/dashboard-data";
import { formatFuzzyDate } from "@/db/domain/fuzzy-date";
import { STATUS_LABELS, STATUS_RULES } from "@/db/domain/status";
import { formatDay } from "@/db/domain/date-wording";
import { shownPlans } from "./claim-wording";
import { EvidenceFacts, PlannedFacts } from "./header-evidence";
import { PlanFacts, PlanNotes } from "./header-plans";
import type { SourceIndex } from "./source-index";
import { StatusBadge } from "./status-badge";

interface ProjectHeaderProps {
  data: DashboardData;
  sources: SourceIndex;
}

/** The status against both plans when the plan moved: a later claim never silently re-bases it. */
export function Verdicts({ data }: { data: DashboardData }) {
  const { baseline, inForce, moved } = shownPlans(data);
  const { againstBaseline, againstCurrent } = data.status;
  if (!moved || !baseline?.window || !inForce?.window || !againstBaseline || !againstCurrent) return null;
  return (
    <p className="verdicts">
      <span>
        Against the original plan ({formatFuzzyDate(baseline.window)}): <StatusBadge status={againstBaseline} />
      </span>
      <span className="verdicts__sep" aria-hidden="true">
        ·
      </span>
      <span>
        Against the current plan ({formatFuzzyDate(inForce.window)}): <StatusBadge status={againstCurrent} />
      </span>
    </p>
  );
}

export function ProjectHeader({ data, sources }: ProjectHeaderProps) {
  const { project, status, today } = data;
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
            <Verdicts data={data} />
          </dd>
        </div>
        <PlanFacts data={data} sources={sources} />
        <EvidenceFacts data={data} sources={sources} />
        <PlannedFacts data={data} />
      </dl>
      <PlanNotes data={data} sources={sources} />

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
