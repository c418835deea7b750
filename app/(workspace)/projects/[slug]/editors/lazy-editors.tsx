"use client";

import dynamic from "next/dynamic";

/*
 * The editors' code (forms, the record types' zod schemas, the server actions' references)
 * sits in chunks of its own, fetched only where an editor's controls are rendered: a viewer's
 * dashboard and a shared link never load it. Rendered on the server too, with its chunks
 * preloaded, so an editor sees the controls on first paint.
 */
export const LazyRecordEditor = dynamic(() => import("./record-editor").then((m) => m.RecordEditor));
export const LazyRestoreButton = dynamic(() => import("./restore-button").then((m) => m.RestoreButton));
