// Form fields of the inspector. Text commits when the field is left or Enter is pressed (one
// edit per change, not per keystroke); choices commit at once.

import { useEffect, useId, useState } from "react";
import { LIMITS, RATINGS } from "../rules";

interface TextProps {
  label: string;
  value: string;
  onCommit(v: string): void;
  multiline?: boolean;
  placeholder?: string;
  /** Refuse an empty value (names): the old value comes back. */
  required?: boolean;
}

export function TextField({ label, value, onCommit, multiline, placeholder, required }: TextProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    const v = required ? draft.trim() : draft;
    if (required && !v) setDraft(value);
    else if (v !== value) onCommit(v);
  };
  const common = {
    id,
    dir: "auto" as const,
    value: draft,
    placeholder,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === "Enter" && (!multiline || !e.shiftKey)) {
        e.preventDefault();
        commit();
      } else if (e.key === "Escape") setDraft(value);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T | "";
  options: [T, string][];
  onChange(v: T | ""): void;
  /** Label of the empty choice; omit to make a choice required. */
  none?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, none }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T | "")} onKeyDown={(e) => e.stopPropagation()}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
}

/** A rating (1 to 5: the core's `LIMITS.rating`) as one toggle button per value. */
export function ScaleField({ label, value, onChange, low, high }: { label: string; value: number; onChange(v: number): void; low: string; high: string }) {
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <div className="scale-buttons" role="radiogroup" aria-label={label}>
        {RATINGS.map((n) => (
          <button key={n} type="button" role="radio" aria-checked={n === value} className={n === value ? "on" : ""} onClick={() => onChange(n)}>{n}</button>
        ))}
      </div>
      <span className="field-hint">{LIMITS.rating.min} {low} · {LIMITS.rating.max} {high}</span>
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="field check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} onKeyDown={(e) => e.stopPropagation()} />
      {label}
    </label>
  );
}

/** A number (NPS, CSAT, sample size) that may be left empty. */
export function NumberField({ label, value, onCommit, min, max, step }: { label: string; value: number | null; onCommit(v: number | null): void; min?: number; max?: number; step?: number }) {
  const id = useId();
  const [draft, setDraft] = useState(value === null ? "" : String(value));
  useEffect(() => setDraft(value === null ? "" : String(value)), [value]);
  const commit = () => {
    const v = draft.trim() === "" ? null : Number(draft);
    if (v !== null && Number.isNaN(v)) setDraft(value === null ? "" : String(value));
    else if (v !== value) onCommit(v);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" value={draft} min={min} max={max} step={step ?? 1}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit}
        onKeyDown={(e) => { e.stopPropagation(); if (e.key === "Enter") commit(); }} />
    </div>
  );
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="inspector-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
