/*
 * The reader's theme: "system" follows prefers-color-scheme, "light" and "dark" override it. A
 * choice is kept in localStorage and shown as data-theme on <html>, which base.css reads; with
 * no choice the attribute is absent and the media query decides. Not a cookie: the dashboard's
 * and the shared view's renders are cached and served to many, so the server cannot vary them.
 */
export type ThemeChoice = "system" | "light" | "dark";

export const THEME_STORAGE_KEY = "bridgewatch:theme";

export const THEME_CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

export const asThemeChoice = (value: string | null | undefined): ThemeChoice => (value === "light" || value === "dark" ? value : "system");

/**
 * The script the document's <head> runs before the first paint, so a chosen theme never flashes
 * the other one. It must stand alone: it runs before any bundle has loaded.
 */
export const THEME_HEAD_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
