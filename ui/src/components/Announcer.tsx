// Said to screen readers without moving focus: a card moved (by keyboard or pointer), a change
// that came from outside the window (a workshop participant, a teammate's sync). One polite live
// region for the whole window; each announcement replaces the last.

import { useEffect, useState } from "react";

let listener: ((text: string) => void) | null = null;

/** Says `text` in the window's live region (a no-op while no region is drawn). */
export function announce(text: string): void {
  listener?.(text);
}

export function Announcer() {
  // The count keys the text, so the same sentence twice is said twice.
  const [said, setSaid] = useState<{ text: string; n: number }>({ text: "", n: 0 });
  useEffect(() => {
    listener = (text) => setSaid((s) => ({ text, n: s.n + 1 }));
    return () => { listener = null; };
  }, []);
  return (
    <div className="visually-hidden announcer" role="status" aria-live="polite">
      <span key={said.n}>{said.text}</span>
    </div>
  );
}
