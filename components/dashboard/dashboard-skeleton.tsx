import { ChartLoading } from "./chart-loading";
import { CHART_HEIGHT } from "./chart-size";

/** The header's figures a dashboard always has (project-header.tsx): plan, evidence and planned today beside the status. */
const FACTS = ["Planned completion", "Latest evidence", "Planned today"];
const SECTIONS = ["Progress", "Milestones", "Project facts", "Events", "Sources"];

/**
 * A dashboard while its page is read on the server (the loading.tsx of each dashboard route):
 * the header, its figures and the chart's frame in their own classes and heights, so the page
 * does not jump when the data arrives. Placeholders hold no invented figure, only their room.
 */
export function DashboardSkeleton() {
  return (
    <div className="dashboard" aria-busy="true">
      <section className="project-header" aria-labelledby="project-title">
        <div className="project-header__title">
          <h1 id="project-title" className="muted">
            Loading the dashboard…
          </h1>
          <p className="skeleton-line" />
        </div>
        <dl className="facts">
          <div className="fact fact--status">
            <dt>Status</dt>
            <dd className="skeleton-line skeleton-line--tall" />
          </div>
          {FACTS.map((name) => (
            <div className="fact" key={name}>
              <dt>{name}</dt>
              <dd className="skeleton-line skeleton-line--tall" />
            </div>
          ))}
        </dl>
      </section>
      <nav className="section-nav" aria-label="Dashboard sections">
        <ul>
          {SECTIONS.map((name) => (
            <li key={name} className="muted">
              {name}
            </li>
          ))}
        </ul>
      </nav>
      <section className="panel" aria-labelledby="progress-heading">
        <div className="panel__head">
          <h2 id="progress-heading">Progress against plan</h2>
        </div>
        <div className="chart-frame" style={{ height: CHART_HEIGHT }}>
          <ChartLoading />
        </div>
      </section>
    </div>
  );
}
