/*
 * Writes app/favicon.ico from app/icon.svg: `npx tsx app/make-favicon.tsx` after changing the
 * mark. Next serves a favicon.ico only as a file (a route cannot be named so), so the file is
 * kept in the repository, made by this from the one vector source.
 */
import fs from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { BrandMark, icoOfPng } from "./brand-mark";

const SIZE = 32;
const png = Buffer.from(await new ImageResponse(<BrandMark size={SIZE} />, { width: SIZE, height: SIZE }).arrayBuffer());
const out = path.join(process.cwd(), "app", "favicon.ico");
fs.writeFileSync(out, icoOfPng(png, SIZE));
console.log(`Wrote ${path.relative(process.cwd(), out)} (${SIZE}×${SIZE}, ${png.length} bytes of PNG)`);
