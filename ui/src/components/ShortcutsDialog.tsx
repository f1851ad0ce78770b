// Help > Keyboard Shortcuts: every key the map and the window answer to (the same list as the
// README's "Keys").

import { useEffect, useRef } from "react";
import { useT } from "../i18n";

// The keys (message `keys-N-shortcut`) and what they do (`keys-N`), in this order.
const KEYS = ["undo", "select", "move", "stage-lane", "clipboard", "rename", "new", "emotion", "delete", "duplicate", "search", "zoom", "views", "transfer", "present", "help"];

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="dialog shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title"
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") onClose(); }}>
        <h2 id="shortcuts-title">{t("shortcuts-title")}</h2>
        <table>
          <tbody>
            {KEYS.map((k) => <tr key={k}><th scope="row"><kbd dir="ltr">{t(`keys-${k}-shortcut`)}</kbd></th><td>{t(`keys-${k}`)}</td></tr>)}
          </tbody>
        </table>
        <div className="actions"><button ref={close} type="button" onClick={onClose}>{t("close")}</button></div>
      </div>
    </div>
  );
}
