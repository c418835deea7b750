import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ThemeHeadScript } from "@/components/theme/theme-head-script";
import { Providers } from "./providers";
// In the order of the one sheet they were split from: where two rules tie, the later one wins.
import "./styles/base.css";
import "./styles/frame.css";
import "./styles/status-badge.css";
import "./styles/dashboard.css";
import "./styles/chart.css";
import "./styles/chart-legend.css";
import "./styles/trend.css";
import "./styles/tables.css";
import "./styles/lists.css";
import "./styles/cite.css";
import "./styles/narrow.css";
import "./styles/forms.css";
import "./styles/theme.css";
// Last: on paper it wins over every screen rule.
import "./styles/print.css";

export const metadata: Metadata = {
  title: { default: "Bridgewatch", template: "%s · Bridgewatch" },
  description: "Contested infrastructure projects tracked against their plans, with sourced evidence.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // base.css's --bg of each palette.
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f6f8" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1318" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-theme before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeHeadScript />
      </head>
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
