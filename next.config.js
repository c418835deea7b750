/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time,
  // and pg has optional native bindings: neither may be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
  // The front door (db/bin/server.mjs) compresses, after it has put each response's CSP nonce
  // into the HTML: Next's compression would hand it gzip instead.
  compress: false,
  reactStrictMode: true,
  // Shared views are ISR pages rendered once per record version (db/share/shared-render.ts).
  // A render holds its link's token: it stays in this process's memory, never on disk.
  experimental: {
    isrFlushToDisk: false,
    // The browser's router keeps a render for 30 s (Next's default for static pages is 5 min):
    // going back to a dashboard shows a render at most as old as the render cache allows anyway.
    staleTimes: { static: 30 },
    // Next loads every route's server code at start by default, on the CPU PGlite is opening
    // the database with: loaded on a route's first request instead, a restart answers its first
    // shared view sooner (7 paired restarts by hand: about 170 ms, in 5 of the 7). A route's
    // first request pays for its loading instead. Memory after the bench's loads did not change.
    preloadEntriesOnStart: false,
  },
  // The proxy sees the URL the server resolves rewrites against (its bound address), so a
  // rewrite to a shared view's render stays inside this server instead of being fetched over HTTP.
  skipProxyUrlNormalize: true,
  // Shared read-only views: never cached by anyone, never indexed, never leaking their URL onward.
  async headers() {
    const shared = [
      { key: "Referrer-Policy", value: "no-referrer" },
      { key: "X-Robots-Tag", value: "noindex, nofollow" },
      { key: "Cache-Control", value: "private, no-store" },
    ];
    return [
      { source: "/s/:path*", headers: shared },
      { source: "/api/s/:path*", headers: shared },
    ];
  },
};

export default nextConfig;
