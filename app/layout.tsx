import type { Metadata, Viewport } from "next";
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
        <Providers>{children}</Providers>
        <footer className="site-footer">
          <p>Every figure, date and event on Bridgewatch points to its source. Vague dates are drawn as ranges.</p>
        </footer>
      </body>
    </html>
  );
}
