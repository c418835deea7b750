"use client";

/* Today's dashboard render failed: the workspace's message, inside the render's frame (./layout.tsx). */
export { default } from "@/app/(workspace)/error";
