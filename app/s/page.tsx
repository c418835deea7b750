import { notFound } from "next/navigation";

/* /s/ with no token: the same page as any other bad share link. */
export default function SharedLinkWithoutToken() {
  notFound();
}
