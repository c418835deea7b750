"use client";

import { useId, useRef, useState } from "react";

/**
 * A text to copy (the new link's URL, an embed code), with a Copy button. Where the clipboard
 * API is refused (plain http on a non-local host, or a denied permission) the text is selected
 * instead, ready for Ctrl+C. `multiline` shows it in a read-only text area.
 */
export function CopyUrl({ url, label = "Share URL", multiline = false }: { url: string; label?: string; multiline?: boolean }) {
  const id = useId();
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Copied to the clipboard.");
    } catch {
      input.current?.focus();
      input.current?.select();
      setStatus(`Copying was blocked by the browser: the ${multiline ? "code" : "URL"} is selected, press Ctrl+C (⌘C on a Mac).`);
    }
  }

  return (
    <div className="copy-url">
      <label htmlFor={id}>{label}</label>
      <div className="copy-url__row">
        {multiline ? (
          <textarea id={id} ref={input} readOnly value={url} rows={3} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input id={id} ref={input} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        )}
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
