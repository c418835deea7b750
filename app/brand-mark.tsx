import fs from "node:fs";
import path from "node:path";

/*
 * The Bridgewatch mark as raster icons (apple-icon.tsx, and app/favicon.ico through app/make-favicon.tsx), drawn by next/og
 * from the one vector source, app/icon.svg, at build time: the icons never drift from it.
 */
function iconDataUri(): string {
  const svg = fs.readFileSync(path.join(process.cwd(), "app", "icon.svg"));
  return `data:image/svg+xml;base64,${svg.toString("base64")}`;
}

/** The mark on a square of its own blue: touch icons are shown without transparency, and rounded by the system. */
export function BrandMark({ size }: { size: number }) {
  return (
    <div style={{ width: size, height: size, display: "flex", alignItems: "center", justifyContent: "center", background: "#1d5bbf" }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- next/og draws <img>, not next/image */}
      <img src={iconDataUri()} width={size} height={size} alt="" />
    </div>
  );
}

/**
 * An .ico file holding one PNG image, as every browser since IE 11 reads it: the 6-byte header,
 * one 16-byte directory entry, then the PNG.
 */
export function icoOfPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6); // width (0 means 256)
  header.writeUInt8(size >= 256 ? 0 : size, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // the image's size
  header.writeUInt32LE(22, 18); // and where it starts
  return Buffer.concat([header, png]);
}
