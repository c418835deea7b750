import zlib from "node:zlib";

const BLOCK = 512;

/**
 * What keeps `bytes` from being a PGlite data folder archive (a tar, gzipped or not, with
 * PG_VERSION at its root, as `dumpDataDir` writes it), or null if nothing does. Read before
 * PGlite is given the file: on anything else it fails with "failed to initialize properly".
 */
export function tarballProblem(bytes: Uint8Array): string | null {
  let tar: Buffer;
  try {
    tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : Buffer.from(bytes);
  } catch (error) {
    return `it starts like a gzip file but does not unpack (${error instanceof Error ? error.message : String(error)})`;
  }
  if (tar.length < BLOCK) return tar.length === 0 ? "it is empty" : "it is not a tar archive";
  for (let offset = 0; offset + BLOCK <= tar.length; ) {
    const header = tar.subarray(offset, offset + BLOCK);
    // Two zero blocks end an archive.
    if (header.every((byte) => byte === 0)) break;
    if (header.toString("latin1", 257, 262) !== "ustar") return "it is not a tar archive";
    const name = field(header, 0, 100).replace(/^\.?\//, "");
    if (name === "PG_VERSION") return null;
    const size = parseInt(field(header, 124, 12).trim() || "0", 8);
    if (!Number.isFinite(size)) return "it is not a tar archive";
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return "it holds no PostgreSQL data folder (no PG_VERSION)";
}

/** A header field: text up to its first NUL. */
function field(header: Buffer, start: number, length: number): string {
  const text = header.toString("utf8", start, start + length);
  const end = text.indexOf("\0");
  return end === -1 ? text : text.slice(0, end);
}
