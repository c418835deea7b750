"use client";

import { useId, useRef, useState } from "react";

/**
 * The new link's URL, with a Copy button. Where the clipboard API is refused (plain http on
 * a non-local host, or a denied permission) the URL is selected instead, ready for Ctrl+C.
 */
export function CopyUrl({ url }: { url: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Copied to the clipboard.");
    } catch {
      input.current?.focus();
      input.current?.select();
      setStatus("Copying was blocked by the browser: the URL is selected, press Ctrl+C (⌘C on a Mac).");
    }
  }

  return (
    <div className="copy-url">
      <label htmlFor={id}>Share URL</label>
      <div className="copy-url__row">
        <input id={id} ref={input} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p role="status" aria-live="polite" className="form-message">
        {status}
      </p>
    </div>
  );
}
