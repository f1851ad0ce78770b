// The journeys of the workspace: switch between them, and create (from a template), duplicate,
// rename, delete or save one as a template. Deleting asks first, because it cannot be undone
// (the journey's history goes with it).

import { useEffect, useRef, useState } from "react";
import { useBackend } from "../backend";
import type { Id, JourneySummary, TemplateInfo } from "../types";
import { useT } from "../i18n";

interface Props {
  journeys: JourneySummary[];
  current: Id | null;
  currentName: string;
  readOnly: boolean;
  onSelect(id: Id): void;
  /** A new journey named `name` from the template `template`. */
  onCreate(name: string, template: string): void;
  onSaveTemplate(name: string): Promise<void>;
  onDuplicate(): void;
  onRename(name: string): void;
  onDelete(): void;
  onImport(): void;
  /** Merges another copy of this workspace (the shell asks for the file). */
  onMerge(): void;
  /** Share this workspace with the team (File > Share This Workspace…). */
  onShare(): void;
  /** Join a workspace a teammate shared (a new file, in a window of its own). */
  onJoin(): void;
  onExport(): void;
}

export function JourneyMenu(p: Props) {
  const l = useT();
  const { t } = l;
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<"list" | "rename" | "confirm" | "new" | "template">("list");
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const backend = useBackend();
  const [name, setName] = useState(p.currentName);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => { if (!box.current?.contains(e.target as Node)) setOpen(false); };
    window.addEventListener("pointerdown", close);
    return () => window.removeEventListener("pointerdown", close);
  }, [open]);

  useEffect(() => { setMode("list"); setName(p.currentName); }, [open, p.currentName]);

  const act = (f: () => void) => () => { f(); setOpen(false); };
  return (
    <div className="journey-menu" ref={box} onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Escape") setOpen(false); }}>
      <button type="button" className="journey-menu-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t("journeys-menu")} ▾
      </button>
      {open && (
        <div className="journey-menu-list" role="menu">
          {mode === "list" && (
            <>
              {p.journeys.map((j) => (
                <button key={j.id} type="button" role="menuitemradio" aria-checked={j.id === p.current} dir="auto"
                  className={j.id === p.current ? "current" : ""} onClick={act(() => p.onSelect(j.id))}>
                  {j.name}
                </button>
              ))}
              <hr />
              <button type="button" role="menuitem" disabled={p.readOnly} onClick={() => {
                setMode("new");
                setName(t("journey-new-name"));
                backend.listTemplates().then(setTemplates, () => setTemplates([]));
              }}>{t("journey-new")}</button>
              <button type="button" role="menuitem" disabled={p.readOnly || !p.current} onClick={act(p.onDuplicate)}>{t("journey-duplicate")}</button>
              <button type="button" role="menuitem" disabled={p.readOnly || !p.current} onClick={() => setMode("rename")}>{t("journey-rename")}</button>
              <button type="button" role="menuitem" disabled={!p.current} onClick={() => { setMode("template"); setName(p.currentName); }}>{t("journey-save-template")}</button>
              <button type="button" role="menuitem" className="danger" disabled={p.readOnly || !p.current} onClick={() => setMode("confirm")}>{t("journey-delete")}</button>
              <hr />
              <button type="button" role="menuitem" disabled={p.readOnly} onClick={act(p.onImport)}>{t("journey-import")}</button>
              <button type="button" role="menuitem" disabled={p.readOnly} onClick={act(p.onMerge)}>{t("journey-merge")}</button>
              <button type="button" role="menuitem" disabled={p.readOnly} onClick={act(p.onShare)}>{t("journey-share")}</button>
              <button type="button" role="menuitem" onClick={act(p.onJoin)}>{t("journey-join")}</button>
              <button type="button" role="menuitem" disabled={!p.current} onClick={act(p.onExport)}>{t("journey-export")}</button>
            </>
          )}
          {mode === "rename" && (
            <form onSubmit={(e) => { e.preventDefault(); if (name.trim()) { p.onRename(name.trim()); setOpen(false); } }}>
              <label className="field">
                <span className="field-label">{t("journey-new-name-label")}</span>
                <input autoFocus type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              <div className="actions"><button type="submit" disabled={!name.trim()}>{t("rename")}</button><button type="button" onClick={() => setMode("list")}>{t("cancel")}</button></div>
            </form>
          )}
          {mode === "new" && (
            <div className="new-journey">
              <label className="field">
                <span className="field-label">{t("field-name")}</span>
                <input autoFocus type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              <span className="field-label">{t("journey-start-from")}</span>
              <div className="template-list" role="group" aria-label={t("templates")}>
                {templates === null && <span className="hint">{t("templates-loading")}</span>}
                {templates?.map((tp) => (
                  <button key={tp.id} type="button" className="template" disabled={!name.trim()} onClick={act(() => p.onCreate(name.trim(), tp.id))}>
                    <b dir="auto">{tp.builtin ? (l.has(`template-${tp.id}-name`) ? t(`template-${tp.id}-name`) : tp.name) : t("template-yours", { name: tp.name })}</b>
                    <span dir="auto">{tp.builtin && l.has(`template-${tp.id}-description`) ? t(`template-${tp.id}-description`) : tp.description}</span>
                  </button>
                ))}
              </div>
              <div className="actions"><button type="button" onClick={() => setMode("list")}>{t("cancel")}</button></div>
            </div>
          )}
          {mode === "template" && (
            <form onSubmit={(e) => { e.preventDefault(); if (name.trim()) void p.onSaveTemplate(name.trim()).then(() => setOpen(false)); }}>
              <label className="field">
                <span className="field-label">{t("template-name")}</span>
                <input autoFocus type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              <p className="hint">{t("template-hint")}</p>
              <div className="actions"><button type="submit" disabled={!name.trim()}>{t("template-save")}</button><button type="button" onClick={() => setMode("list")}>{t("cancel")}</button></div>
            </form>
          )}
          {mode === "confirm" && (
            <div className="confirm">
              <p>{t("journey-delete-confirm", { name: p.currentName })}</p>
              <div className="actions">
                <button type="button" className="danger" onClick={act(p.onDelete)}>{t("journey-delete-button")}</button>
                <button type="button" onClick={() => setMode("list")}>{t("cancel")}</button>
              </div>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
