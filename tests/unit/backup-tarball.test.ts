/*
 * What restore reads before it hands a file to PGlite: a tar (gzipped or not) with PG_VERSION
 * at its root, as dumpDataDir writes it. Anything else gets its reason in words.
 */
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { tarballProblem } from "@/db/backup-tarball";

/** A tar archive of the given files, headers as ustar writes them (checksums are not read). */
function tar(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write(`${content.length.toString(8).padStart(11, "0")}\0`, 124);
    header.write("ustar\0", 257);
    const body = Buffer.alloc(Math.ceil(content.length / 512) * 512);
    body.write(content);
    blocks.push(header, body);
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

const NOT_A_DATABASE = tar({ "/notes.txt": "a folder, but not a database" });

describe("a backup file", () => {
  it("is a PGlite data folder when PG_VERSION sits at the archive's root, gzipped or not", () => {
    const folder = tar({ "/PG_VERSION": "18\n", "/base/1/112": "x".repeat(600) });
    expect(tarballProblem(folder)).toBeNull();
    expect(tarballProblem(zlib.gzipSync(folder))).toBeNull();
    expect(tarballProblem(tar({ "/global/1260": "x".repeat(1500), "PG_VERSION": "18\n" }))).toBeNull();
  });

  it("is refused, with the reason, when it is anything else", () => {
    expect(tarballProblem(Buffer.alloc(0))).toBe("it is empty");
    expect(tarballProblem(Buffer.from("not a backup\n".repeat(100)))).toBe("it is not a tar archive");
    expect(tarballProblem(zlib.gzipSync(NOT_A_DATABASE).subarray(0, 40))).toMatch(/^it starts like a gzip file but does not unpack/);
    expect(tarballProblem(NOT_A_DATABASE)).toBe("it holds no PostgreSQL data folder (no PG_VERSION)");
    expect(tarballProblem(tar({ "/base/PG_VERSION": "18\n" }))).toBe("it holds no PostgreSQL data folder (no PG_VERSION)");
  });
});
