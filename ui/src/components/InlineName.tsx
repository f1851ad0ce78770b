// A one-line name edited in place (stage header, lane label): Enter or leaving the field
// saves, Escape cancels. An empty name is not sent; the old one stays.

import { useEffect, useRef } from "react";

interface Props { value: string; label: string; className?: string; onCommit(v: string): void; onCancel(): void }

export function InlineName({ value, label, className, onCommit, onCancel }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    const v = ref.current!.value.trim();
    if (save && v && v !== value) onCommit(v);
    else onCancel();
  };
  return (
    <input
      ref={ref}
      className={`inline-name ${className ?? ""}`}
      dir="auto"
      defaultValue={value}
      aria-label={label}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter") finish(true);
        else if (e.key === "Escape") finish(false);
      }}
      onBlur={() => finish(true)}
      onPointerDown={(e) => e.stopPropagation()}
    />
  );
}
