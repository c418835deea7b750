import type { KeyboardEvent } from "react";

/**
 * What makes a chart mark readable without a mouse, the same for every mark: focusable as a
 * button named by its label, its tooltip shown on hover, focus, Enter or Space and hidden on
 * leave, blur or Escape, and tied to it by aria-describedby while shown.
 */
export function focusableMark({ label, show, hide, tooltipId, active }: { label: string; show(): void; hide(): void; tooltipId: string; active: boolean }) {
  return {
    tabIndex: 0,
    role: "button",
    "aria-label": label,
    "aria-describedby": active ? tooltipId : undefined,
    onMouseEnter: show,
    onMouseLeave: hide,
    onFocus: show,
    onBlur: hide,
    onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
      if (e.key === "Escape") hide();
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        show();
      }
    },
  } as const;
}
