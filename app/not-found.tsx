import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. If you followed a link to a project, that project does not exist or is no
        longer tracked here.
      </p>
      <p>
        <Link href="/">Back to all projects</Link>
      </p>
    </div>
  );
}
