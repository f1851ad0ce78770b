// Help > Keyboard Shortcuts: every key the map and the window answer to (the same list as the
// README's "Keys").

import { useEffect, useRef } from "react";

const KEYS: [string, string][] = [
  ["Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y", "undo, redo (also after a restart)"],
  ["Arrows", "select the next card up, down, left or right"],
  ["Space, arrows, Space / Esc", "pick up the selected cards, choose the place, drop / cancel"],
  ["Alt+← / Alt+→, Alt+↑ / Alt+↓", "move the selected stage left or right, the selected lane up or down"],
  ["Ctrl+C / Ctrl+X / Ctrl+V", "copy, cut, paste cards (also into another journey)"],
  ["Enter or F2", "edit the selected card's text; rename the selected stage or lane"],
  ["N", "new card after the selected one"],
  ["+ / − (or Alt+↑ / Alt+↓)", "raise or lower the selected touchpoint's emotion"],
  ["Delete", "delete the selection (cards, a stage, a lane; a flow in the graph view)"],
  ["Ctrl+D", "duplicate the selected cards"],
  ["Ctrl+F", "search; matching cards are highlighted"],
  ["Ctrl+= / Ctrl+− / Ctrl+0", "zoom in, out, actual size (middle-button drag pans)"],
  ["Ctrl+1 / Ctrl+2", "journey map / stage graph"],
  ["Ctrl+E / Ctrl+I", "export / import"],
  ["F5, then ← → and Esc", "presentation: step through the stages, leave"],
  ["F1", "this list"],
];

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="dialog shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") onClose(); }}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table>
          <tbody>
            {KEYS.map(([k, what]) => <tr key={k}><th scope="row"><kbd>{k}</kbd></th><td>{what}</td></tr>)}
          </tbody>
        </table>
        <div className="actions"><button ref={close} type="button" onClick={onClose}>Close</button></div>
      </div>
    </div>
  );
}
