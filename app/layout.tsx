import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bridgewatch", template: "%s · Bridgewatch" },
  description: "Contested infrastructure projects tracked against their plans, with sourced evidence.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#f6f7f9",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href="/" className="brand">
              Bridgewatch
            </Link>
            <nav aria-label="Main">
              <ul className="site-nav">
                <li>
                  <Link href="/">Projects</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="site-main" tabIndex={-1}>
          <Providers>{children}</Providers>
        </main>
        <footer className="site-footer">
          <p>Every figure, date and event on Bridgewatch points to its source. Vague dates are drawn as ranges.</p>
        </footer>
      </body>
    </html>
  );
}
