/* A project this render does not know: the workspace's 404, inside the render's frame (./layout.tsx). */
export { default, metadata } from "@/app/(workspace)/not-found";
