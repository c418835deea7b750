import { IntentLink } from "@/components/intent-link";

/**
 * What a 404 says, inside the workspace's frame (app/(workspace)/not-found.tsx) and outside it
 * (app/not-found.tsx): the page that shows it supplies the <main> the skip link leads to.
 */
export function PageNotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. If you followed a link to a project, that project does not exist or is no
        longer tracked here.
      </p>
      <p>
        <IntentLink href="/">Back to all projects</IntentLink>
      </p>
    </div>
  );
}
