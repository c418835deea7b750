"use client";

import { useId, useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { CopyUrl } from "./copy-url";

const SHARE_URL = /^(https?:\/\/[A-Za-z0-9.:[\]-]+)\/s\/([A-Za-z0-9_-]{43})\/?$/;

/** The iframe that shows a link's compact embed (app/s/[token]/embed), sized to the layout made for it. */
export function embedSnippet(shareUrl: string, title: string): string | null {
  const match = SHARE_URL.exec(shareUrl.trim());
  if (!match) return null;
  const escaped = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${match[1]}/s/${match[2]}/embed" width="600" height="400" title="${escaped}" loading="lazy" referrerpolicy="no-referrer" style="border:0"></iframe>`;
}

/** The embed code of a new link, whose URL is at hand. */
export function EmbedCode({ url, title }: { url: string; title: string }) {
  const snippet = embedSnippet(url, title);
  return snippet ? <CopyUrl url={snippet} label="Embed code" multiline /> : null;
}

/**
 * The embed code of an existing link. Only a hash of its token is kept, so the code is made
 * here, in the browser, from the link's URL as its holder pastes it; nothing is sent anywhere.
 */
export function EmbedCodeFromUrl({ label, title }: { label: string; title: string }) {
  const id = useId();
  const [url, setUrl] = useState("");
  const snippet = url.trim() ? embedSnippet(url, title) : null;
  const wrong = url.trim() !== "" && !snippet;
  return (
    <div className="embed-code">
      <div className="field">
        <label htmlFor={id}>Share URL of &quot;{label}&quot;, to make its embed code</label>
        <input
          id={id}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://…/s/…"
          aria-invalid={wrong || undefined}
          aria-describedby={`${id}-error`}
        />
        <FieldError id={`${id}-error`} errors={wrong ? ["That is not a share URL: paste the whole URL shown when the link was made, e.g. https://bridgewatch.example/s/…"] : undefined} />
      </div>
      {snippet && <CopyUrl url={snippet} label="Embed code" multiline />}
    </div>
  );
}
