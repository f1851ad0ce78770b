// Named versions of the journey: save one ("Before workshop"), compare one with now (the map
// marks added, changed and moved cards; removed cards and emotion changes are listed here),
// view one read-only, restore one (one undo step), delete one.

import { useCallback, useEffect, useState } from "react";
import type { Backend } from "../backend";
import type { ApiError, Id, JourneyDiff, VersionInfo } from "../types";
import { toApiError } from "../editor/useEditor";

interface Props {
  backend: Backend;
  journeyId: Id;
  /** The journey's revision: the list and an open comparison refresh when it changes. */
  revision: number;
  readOnly: boolean;
  comparing: { version: VersionInfo; diff: JourneyDiff } | null;
  onCompare(v: { version: VersionInfo; diff: JourneyDiff } | null): void;
  onView(v: VersionInfo): void;
  onRestore(v: VersionInfo): Promise<boolean>;
  onError(e: ApiError): void;
}

function when(at: string): string {
  // The store writes UTC "YYYY-MM-DD HH:MM:SS"; show it in the user's time zone.
  const d = new Date(at.replace(" ", "T") + "Z");
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

function summary(d: JourneyDiff): string {
  const count = (c: string) => d.cards.filter((x) => x.change === c).length;
  const parts = [
    [count("added"), "added"], [count("removed"), "removed"],
    [d.cards.filter((x) => x.moved).length, "moved"],
    [d.cards.filter((x) => x.fields.length > 0).length, "changed"],
  ].filter(([n]) => (n as number) > 0).map(([n, w]) => `${n} ${w}`);
  return parts.length ? `Cards: ${parts.join(", ")}` : "No card changes";
}

export function VersionsPanel({ backend, journeyId, revision, readOnly, comparing, onCompare, onView, onRestore, onError }: Props) {
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [name, setName] = useState("");

  const load = useCallback(async () => {
    try {
      setVersions(await backend.listVersions(journeyId));
    } catch (e) {
      onError(toApiError(e));
    }
  }, [backend, journeyId, onError]);

  useEffect(() => { void load(); }, [load, revision]);

  const compare = useCallback(async (v: VersionInfo) => {
    try {
      onCompare({ version: v, diff: await backend.diffVersions(journeyId, { kind: "version", id: v.id }, { kind: "now" }) });
    } catch (e) {
      onError(toApiError(e));
    }
  }, [backend, journeyId, onCompare, onError]);

  // Keep an open comparison current as the journey changes.
  useEffect(() => {
    if (comparing) void compare(comparing.version);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision]);

  const save = async () => {
    const n = name.trim();
    if (!n) return;
    try {
      await backend.saveVersion(journeyId, n);
      setName("");
      await load();
    } catch (e) {
      onError(toApiError(e));
    }
  };

  const remove = async (v: VersionInfo) => {
    try {
      await backend.deleteVersion(v.id);
      if (comparing?.version.id === v.id) onCompare(null);
      await load();
    } catch (e) {
      onError(toApiError(e));
    }
  };

  const d = comparing?.diff;
  return (
    <aside className="inspector versions-panel" aria-label="Versions">
      <section className="inspector-section">
        <h3>Save a version</h3>
        <form className="save-version" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <input type="text" dir="auto" placeholder="e.g. Before workshop" value={name} disabled={readOnly}
            aria-label="Version name" onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.stopPropagation()} />
          <button type="submit" disabled={readOnly || !name.trim()}>Save</button>
        </form>
        <p className="hint">A version is a snapshot kept in this file. Restoring one is a single step you can undo.</p>
      </section>
      <section className="inspector-section">
        <h3>Versions</h3>
        {versions.length === 0 && <p className="hint">No versions yet.</p>}
        <ul className="version-list">
          {versions.map((v) => (
            <li key={v.id} className={comparing?.version.id === v.id ? "active" : ""} data-version-id={v.id}>
              <div className="version-head">
                <strong dir="auto">{v.name}</strong>
                <span className="version-meta">{when(v.at)} · {v.cards} cards</span>
              </div>
              <div className="version-actions">
                {comparing?.version.id === v.id
                  ? <button type="button" onClick={() => onCompare(null)}>Stop comparing</button>
                  : <button type="button" onClick={() => void compare(v)}>Compare with now</button>}
                <button type="button" onClick={() => onView(v)}>View</button>
                <button type="button" disabled={readOnly} onClick={() => void onRestore(v)}>Restore</button>
                <button type="button" className="danger" disabled={readOnly} onClick={() => void remove(v)} aria-label={`Delete version ${v.name}`}>Delete</button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      {comparing && d && (
        <section className="inspector-section diff" aria-label="Changes since the version">
          <h3>Since “{comparing.version.name}”</h3>
          <p className="diff-summary">{summary(d)}</p>
          <p className="legend">
            <span className="swatch mark-added" /> added <span className="swatch mark-changed" /> changed <span className="swatch mark-moved" /> moved
          </p>
          {d.stages.length > 0 && (
            <p>Stages: {d.stages.map((s) => `${s.name} (${s.change})`).join(", ")}</p>
          )}
          {d.lanes.length > 0 && <p>Lanes: {d.lanes.map((l) => `${l.name} (${l.change})`).join(", ")}</p>}
          {d.flowsAdded + d.flowsRemoved + d.flowsChanged > 0 && (
            <p>Flows: {d.flowsAdded} added, {d.flowsRemoved} removed, {d.flowsChanged} changed</p>
          )}
          {d.cards.some((c) => c.change === "removed") && (
            <>
              <h4>Removed cards</h4>
              <ul className="removed-cards">
                {d.cards.filter((c) => c.change === "removed").map((c) => (
                  <li key={c.id} dir="auto">{c.text || "Empty card"} <span className="version-meta">({c.from?.stageName})</span></li>
                ))}
              </ul>
            </>
          )}
          {d.emotions.length > 0 && (
            <>
              <h4>Emotion changes</h4>
              <ul className="emotion-deltas">
                {d.emotions.map((e) => (
                  <li key={e.card}>
                    <span dir="auto">{e.text}</span>{" "}
                    <b className={e.delta > 0 ? "up" : e.delta < 0 ? "down" : ""}>
                      {e.before ?? "–"} → {e.after ?? "–"}{e.delta ? ` (${e.delta > 0 ? "+" : ""}${e.delta})` : ""}
                    </b>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </aside>
  );
}
