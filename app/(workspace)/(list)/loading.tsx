/** The project card's figures (page.tsx), in its order. */
const FACTS = ["Status", "Planned completion", "Planned today", "Latest whole-project figure"];

/** A card's room, in the card's own classes, with no name or figure in it. */
function CardSkeleton() {
  return (
    <li className="project-card">
      <p className="project-card__name skeleton-line" />
      <p className="skeleton-line" />
      <dl className="project-card__facts">
        {FACTS.map((name) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd className="skeleton-line" />
          </div>
        ))}
      </dl>
      <p className="project-card__reason skeleton-line skeleton-line--tall" />
    </li>
  );
}

/*
 * The project list while it is read. In a route group of its own, so the workspace's other
 * pages (account, admin) do not borrow the list's skeleton.
 */
export default function ProjectsLoading() {
  return (
    <div className="projects" aria-busy="true">
      <div className="page-head">
        <h1>Projects</h1>
        <p className="muted" role="status">
          Loading the projects…
        </p>
      </div>
      <ul className="project-list" aria-label="Projects, loading">
        <CardSkeleton />
        <CardSkeleton />
      </ul>
    </div>
  );
}
