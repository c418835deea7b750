// @ts-check
/*
 * Puts this response's nonce where a page was rendered with the placeholder
 * (./security-headers.mjs NONCE_PLACEHOLDER), in HTML responses only. It sits between Next and
 * the compression, so it sees the bytes Next wrote, and it never changes a buffer in place: a
 * cached render is written from the same buffer every time.
 */

/**
 * @param {import("node:http").ServerResponse} res
 * @param {string} placeholder
 * @param {string} nonce the same length as the placeholder
 */
export function swapNonceInHtml(res, placeholder, nonce) {
  if (Buffer.byteLength(placeholder) !== Buffer.byteLength(nonce)) throw new Error("The nonce and its placeholder differ in length.");
  const find = Buffer.from(placeholder);
  const put = Buffer.from(nonce);
  /** @type {(...args: unknown[]) => boolean} */
  const write = /** @type {any} */ (res.write);
  /** @type {(...args: unknown[]) => import("node:http").ServerResponse} */
  const end = /** @type {any} */ (res.end);
  /** @type {boolean | undefined} */
  let html;
  // The end of the last chunk, held back when it could be the start of a placeholder.
  let carry = Buffer.alloc(0);

  const isHtml = () => {
    if (html === undefined) {
      html = /^text\/html\b/i.test(String(res.getHeader("content-type") ?? ""));
      // The body differs per response from here on: no validator may claim otherwise.
      if (html && !res.headersSent) res.removeHeader("etag");
    }
    return html;
  };

  /** @param {Buffer} chunk @param {boolean} last */
  const swap = (chunk, last) => {
    let buffer = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let copied = carry.length > 0;
    for (let at = buffer.indexOf(find); at !== -1; at = buffer.indexOf(find, at + find.length)) {
      if (!copied) {
        buffer = Buffer.from(buffer);
        copied = true;
      }
      put.copy(buffer, at);
    }
    const keep = last ? 0 : heldBack(buffer);
    carry = keep ? Buffer.from(buffer.subarray(buffer.length - keep)) : Buffer.alloc(0);
    return keep ? buffer.subarray(0, buffer.length - keep) : buffer;
  };

  /** How many bytes at the end of `buffer` begin the placeholder. @param {Buffer} buffer */
  const heldBack = (buffer) => {
    for (let length = Math.min(find.length - 1, buffer.length); length > 0; length--) {
      if (buffer.subarray(buffer.length - length).equals(find.subarray(0, length))) return length;
    }
    return 0;
  };

  /** @param {unknown} chunk @param {unknown} encoding */
  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8")) : Buffer.from(/** @type {Uint8Array} */ (chunk));

  // @ts-expect-error the overloads of write are all served by one function
  res.write = function (chunk, encoding, callback) {
    if (chunk == null || !isHtml()) return write.apply(this, /** @type {any} */ (arguments));
    const out = swap(toBuffer(chunk, encoding), false);
    const done = typeof encoding === "function" ? encoding : callback;
    return write.call(this, out, done);
  };
  // @ts-expect-error likewise for end
  res.end = function (chunk, encoding, callback) {
    const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback;
    if (!isHtml()) return end.apply(this, /** @type {any} */ (arguments));
    const given = chunk != null && typeof chunk !== "function" ? toBuffer(chunk, encoding) : Buffer.alloc(0);
    const out = swap(given, true);
    return out.length ? end.call(this, out, done) : end.call(this, done);
  };
}
