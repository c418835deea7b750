"use client";

import { useId, useSyncExternalStore } from "react";
import { asThemeChoice, THEME_CHOICES, THEME_STORAGE_KEY, type ThemeChoice } from "./theme-choice";

/*
 * System, Light or Dark, remembered in this browser. The head script (theme-head-script.tsx)
 * applies a remembered choice before the first paint; this control only changes it, here and in
 * the reader's other tabs.
 */
const CHANGED = "bridgewatch:theme-change";

function stored(): ThemeChoice {
  try {
    return asThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return "system";
  }
}

function apply(choice: ThemeChoice) {
  if (choice === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

function subscribe(onChange: () => void) {
  const fromOtherTab = (e: StorageEvent) => {
    if (e.key !== THEME_STORAGE_KEY && e.key !== null) return;
    apply(stored());
    onChange();
  };
  window.addEventListener("storage", fromOtherTab);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", fromOtherTab);
    window.removeEventListener(CHANGED, onChange);
  };
}

function choose(choice: ThemeChoice) {
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused (a private window, a policy): the choice holds for this page only.
  }
  apply(choice);
  window.dispatchEvent(new Event(CHANGED));
}

export function ThemeToggle() {
  const id = useId();
  // The server cannot know the choice: it renders "System" and the browser's value follows.
  const choice = useSyncExternalStore(subscribe, stored, () => "system" as const);
  return (
    <span className="theme-toggle">
      <label htmlFor={id} className="theme-toggle__label">
        Theme
      </label>
      <select id={id} value={choice} onChange={(e) => choose(asThemeChoice(e.target.value))}>
        {THEME_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </span>
  );
}
