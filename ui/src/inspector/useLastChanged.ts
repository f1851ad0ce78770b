// Who last changed the selected card, stage or lane, for the inspector's "Last changed by …"
// line: asked of the store when the selection or the journey's revision changes (a teammate's
// change comes in by a merge, one's own by an edit).

import { useEffect, useState } from "react";
import type { Backend } from "../backend";
import type { Changed, Id } from "../types";
import type { Selection } from "../editor/useEditor";

/** The one entity the inspector shows, when it has a line of its own. */
export function shownEntity(selection: Selection): Id | null {
  if (selection?.kind === "cards") return selection.ids.length === 1 ? selection.ids[0] : null;
  if (selection?.kind === "stage" || selection?.kind === "lane") return selection.id;
  return null;
}

export function useLastChanged(backend: Backend, journeyId: Id | null, selection: Selection, revision: number | undefined): Changed | null {
  const entity = shownEntity(selection);
  const [known, setKnown] = useState<{ entity: Id; changed: Changed | null } | null>(null);
  useEffect(() => {
    if (!journeyId || !entity) return;
    let live = true;
    backend.lastChanged(journeyId, entity).then(
      (changed) => { if (live) setKnown({ entity, changed }); },
      // Without it the inspector just has no line: nothing the user must hear about.
      () => { if (live) setKnown({ entity, changed: null }); },
    );
    return () => { live = false; };
  }, [backend, journeyId, entity, revision]);
  // An answer about what was selected before is not shown for the new selection.
  return known && known.entity === entity ? known.changed : null;
}
