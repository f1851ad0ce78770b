// Named versions of the journey: save one ("Before workshop"), compare one with now (the map
// marks added, changed and moved cards; removed cards and emotion changes are listed here),
// view one read-only, restore one (one undo step), delete one.

import { useCallback, useEffect, useState } from "react";
import type { Backend } from "../backend";
import type { ApiError, Id, JourneyDiff, VersionInfo } from "../types";
import { toApiError } from "../editor/useEditor";
import { useT, type Localization } from "../i18n";

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

function when(at: string, language: string): string {
  // The store writes UTC "YYYY-MM-DD HH:MM:SS"; show it in the user's time zone and language.
  const d = new Date(at.replace(" ", "T") + "Z");
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString(language, { dateStyle: "medium", timeStyle: "short" });
}

function summary(d: JourneyDiff, l: Localization): string {
  const count = (c: string) => d.cards.filter((x) => x.change === c).length;
  const parts = ([
    ["added", count("added")], ["removed", count("removed")],
    ["moved", d.cards.filter((x) => x.moved).length], ["changed", d.cards.filter((x) => x.fields.length > 0).length],
  ] as const).filter(([, n]) => n > 0).map(([what, n]) => l.t(`diff-cards-${what}`, { count: n }));
  return parts.length ? l.t("diff-cards", { list: l.list(parts) }) : l.t("diff-no-cards");
}

export function VersionsPanel({ backend, journeyId, revision, readOnly, comparing, onCompare, onView, onRestore, onError }: Props) {
  const l = useT();
  const { t } = l;
  const language = l.language.code === "en-XA" ? "en" : l.language.code;
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
    <aside className="inspector versions-panel" aria-label={t("panel-versions")}>
      <section className="inspector-section">
        <h3>{t("version-save-title")}</h3>
        <form className="save-version" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <input type="text" dir="auto" placeholder={t("version-name.placeholder")} value={name} disabled={readOnly}
            aria-label={t("version-name")} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.stopPropagation()} />
          <button type="submit" disabled={readOnly || !name.trim()}>{t("version-save")}</button>
        </form>
        <p className="hint">{t("version-hint")}</p>
      </section>
      <section className="inspector-section">
        <h3>{t("panel-versions")}</h3>
        {versions.length === 0 && <p className="hint">{t("versions-none")}</p>}
        <ul className="version-list">
          {versions.map((v) => (
            <li key={v.id} className={comparing?.version.id === v.id ? "active" : ""} data-version-id={v.id}>
              <div className="version-head">
                <strong dir="auto">{v.name}</strong>
                <span className="version-meta">{t("version-meta", { when: when(v.at, language), cards: v.cards })}</span>
              </div>
              <div className="version-actions">
                {comparing?.version.id === v.id
                  ? <button type="button" onClick={() => onCompare(null)}>{t("version-stop-comparing")}</button>
                  : <button type="button" onClick={() => void compare(v)}>{t("version-compare")}</button>}
                <button type="button" onClick={() => onView(v)}>{t("version-view")}</button>
                <button type="button" disabled={readOnly} onClick={() => void onRestore(v)}>{t("version-restore")}</button>
                <button type="button" className="danger" disabled={readOnly} onClick={() => void remove(v)} aria-label={t("version-delete", { name: v.name })}>{t("delete")}</button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      {comparing && d && (
        <section className="inspector-section diff" aria-label={t("diff-label")}>
          <h3>{t("diff-since", { name: comparing.version.name })}</h3>
          <p className="diff-summary">{summary(d, l)}</p>
          <p className="legend">
            <span className="swatch mark-added" /> {t("mark-added")} <span className="swatch mark-changed" /> {t("mark-changed")} <span className="swatch mark-moved" /> {t("mark-moved")}
          </p>
          {d.stages.length > 0 && (
            <p>{t("diff-stages", { list: l.list(d.stages.map((s) => t("diff-item", { name: s.name, change: t(`change-${s.change}`) }))) })}</p>
          )}
          {d.lanes.length > 0 && <p>{t("diff-lanes", { list: l.list(d.lanes.map((x) => t("diff-item", { name: x.name, change: t(`change-${x.change}`) }))) })}</p>}
          {d.flowsAdded + d.flowsRemoved + d.flowsChanged > 0 && (
            <p>{t("diff-flows", { added: d.flowsAdded, removed: d.flowsRemoved, changed: d.flowsChanged })}</p>
          )}
          {d.cards.some((c) => c.change === "removed") && (
            <>
              <h4>{t("diff-removed-cards")}</h4>
              <ul className="removed-cards">
                {d.cards.filter((c) => c.change === "removed").map((c) => (
                  <li key={c.id} dir="auto">{c.text || t("card-empty")} <span className="version-meta">({c.from?.stageName})</span></li>
                ))}
              </ul>
            </>
          )}
          {d.emotions.length > 0 && (
            <>
              <h4>{t("diff-emotions")}</h4>
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
