// The participant's copy of the board: one snapshot from the laptop, then the deltas and
// session messages after it. No DOM here, so the server's tests run this same file under node
// (as a classic script, as the page loads it) and check that snapshot + deltas give exactly the
// view a fresh snapshot gives.
(() => {
  "use strict";

  function fromSnapshot(m) {
    return {
      revision: m.revision ?? null,
      you: m.you,
      name: m.journey.name,
      stages: m.journey.stages,
      lanes: m.journey.lanes.map(({ id, name }) => ({ id, name })),
      cards: new Map(m.cards.map((c) => [c.id, c])),
      settings: m.settings,
      timer: m.timer,
      vote: m.vote,
      sorted: null,
    };
  }

  // "applied"; "stale" when the model already holds it (ignore it); "gap" when a change
  // between the two is missing, and only a fresh snapshot can help.
  function applyDelta(model, d) {
    if (model.revision !== null && d.base !== model.revision) return d.revision <= model.revision ? "stale" : "gap";
    model.revision = d.revision;
    if (d.name !== undefined) model.name = d.name;
    if (d.stages) model.stages = d.stages;
    if (d.lanes) model.lanes = d.lanes;
    for (const id of d.removed || []) model.cards.delete(id);
    for (const c of d.cards || []) model.cards.set(c.id, c);
    model.sorted = null;
    return "applied";
  }

  function applySession(model, m) {
    model.settings = m.settings;
    model.timer = m.timer;
    model.vote = m.vote;
  }

  // Cards in map order: by stage column, then rank, then id (as the laptop orders them).
  function cards(model) {
    if (!model.sorted) {
      const pos = new Map(model.stages.map((s, i) => [s.id, i]));
      const at = (c) => (pos.has(c.stage) ? pos.get(c.stage) : -1);
      model.sorted = [...model.cards.values()].sort((a, b) => at(a) - at(b) || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    return model.sorted;
  }

  // The model in the shape of the laptop's snapshot.
  function view(model) {
    const open = new Set(model.settings.openLanes);
    return {
      type: "state",
      revision: model.revision,
      you: model.you,
      journey: { name: model.name, stages: model.stages, lanes: model.lanes.map((l) => ({ id: l.id, name: l.name, open: open.has(l.id) })) },
      cards: cards(model),
      settings: model.settings,
      timer: model.timer,
      vote: model.vote,
    };
  }

  globalThis.WorkshopBoard = { fromSnapshot, applyDelta, applySession, view };
})();
