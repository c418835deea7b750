import { ImageResponse } from "next/og";
import { BrandMark } from "./brand-mark";

/* The home-screen icon (<link rel="apple-touch-icon">), rendered once at build time. */
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return new ImageResponse(<BrandMark size={size.width} />, size);
}
