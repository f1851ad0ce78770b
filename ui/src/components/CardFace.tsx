// One card as the designer sees it: kind, channel, emotion, moment of truth, pain severity and
// frequency, opportunity value/effort, and the framework tags, at a glance.

import { memo, useEffect, useRef } from "react";
import type { Card, EmotionScale } from "../types";
import { countRender } from "./renderCounts";
import { ChannelIcon, StarIcon } from "./icons";
import { channelLabel, emotionColor, frictionLabel, loyaltyLabel, pillarLabel } from "./labels";
import { MAX_PRIORITY, priorityOf } from "../rules";

interface Props {
  card: Card;
  /** The journey's scale, not the journey: a face re-renders only when its own inputs change. */
  scale: EmotionScale;
  box: { x: number; y: number; width: number; height: number; lines: number };
  top: number;
  selected?: boolean;
  /** Picked up for a keyboard move, or being dragged. */
  lifted?: boolean;
  /** Offset while dragged with the pointer. */
  offset?: { dx: number; dy: number } | null;
  highlighted?: boolean;
  /** Compared with a version: "added", "changed", "moved" (space-separated). */
  mark?: string;
  editing?: boolean;
  onCommitText?: (text: string) => void;
  onCancelText?: () => void;
}

/** The card's text as a textarea: Enter saves, Shift+Enter breaks the line, Escape cancels. */
function TextEditor({ text, onCommit, onCancel }: { text: string; onCommit: (t: string) => void; onCancel: () => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const el = ref.current!;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save && ref.current!.value !== text) onCommit(ref.current!.value);
    else onCancel();
  };
  return (
    <textarea
      ref={ref}
      className="card-text-editor"
      dir="auto"
      defaultValue={text}
      aria-label="Card text"
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter" && !e.shiftKey) {
          e.preventDefault();
          finish(true);
        } else if (e.key === "Escape") {
          e.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
      onPointerDown={(e) => e.stopPropagation()}
    />
  );
}

function emotionName(scale: EmotionScale, score: number, own: string): string {
  return own || scale.names[score] || "";
}

export const CardFace = memo(function CardFace({ card, scale, box, top, selected, lifted, offset, highlighted, mark, editing, onCommitText, onCancelText }: Props) {
  countRender(card.id);
  const b = card.body;
  const style: React.CSSProperties = { left: box.x, top: box.y - top, width: box.width, height: box.height };
  if (offset) style.transform = `translate(${offset.dx}px, ${offset.dy}px)`;
  const textStyle = { WebkitLineClamp: box.lines } as React.CSSProperties;
  let badge: React.ReactNode = null;
  let footer: React.ReactNode = null;
  if (b.kind === "touchpoint") {
    const ch = b.channel;
    badge = (
      <>
        {ch && (
          <span className="chip channel">
            <ChannelIcon kind={ch.kind} />
            {ch.kind === "other" ? ch.label : channelLabel[ch.kind]}
          </span>
        )}
        {b.momentOfTruth && <StarIcon title="Moment of truth" />}
        {b.emotion && (
          <span className="chip emotion" style={{ background: emotionColor(b.emotion.score, scale.min, scale.max) }}>
            {b.emotion.score > 0 ? "+" : ""}
            {b.emotion.score} {emotionName(scale, b.emotion.score, b.emotion.name)}
          </span>
        )}
      </>
    );
    if (b.sacrifice) footer = <span className="tag sacrifice" title={`Wanted: ${b.sacrifice.wanted}\nAccepted: ${b.sacrifice.accepted}`}>Sacrifice</span>;
  } else if (b.kind === "painPoint") {
    const weight = priorityOf(b);
    // Four shades of badge, by quarters of the highest priority.
    badge = (
      <span className={`chip pain w${Math.min(4, Math.ceil((weight * 4) / MAX_PRIORITY))}`} title="Severity × frequency">
        S{b.severity} × F{b.frequency} = {weight}
      </span>
    );
    footer = (
      <>
        {b.pillar && <span className="tag pillar">{pillarLabel[b.pillar] ?? b.pillar}</span>}
        {b.friction && <span className="tag friction">{b.friction.kind === "other" ? b.friction.label : frictionLabel[b.friction.kind]}</span>}
      </>
    );
  } else if (b.kind === "opportunity") {
    badge = <span className="chip opportunity" title="Value and effort, 1 to 5">Value {b.value} · Effort {b.effort}</span>;
    footer = (
      <>
        {b.loyaltyPillar && <span className="tag loyalty">{loyaltyLabel[b.loyaltyPillar] ?? b.loyaltyPillar}</span>}
        {b.answers.length > 0 && <span className="tag answers">Answers {b.answers.length} pain{b.answers.length > 1 ? "s" : ""}</span>}
      </>
    );
  } else if (b.kind === "quote") {
    badge = <span className="chip quote">“ {b.speaker || "Quote"}</span>;
  }
  // Workshop facts: dots from the last vote, who wrote it, still private.
  const ws = card.workshop;
  const workshopTags = ws && (ws.votes || ws.author || ws.private) ? (
    <>
      {ws.votes ? <span className="tag votes" title="Dots in the last vote">{ws.votes} ●</span> : null}
      {ws.private ? <span className="tag private">Private</span> : null}
      {ws.author ? <span className="tag author" dir="auto">{ws.author}</span> : null}
    </>
  ) : null;
  const classes = ["card", `kind-${b.kind}`, ws?.private && "private", selected && "selected", lifted && "lifted", offset && "dragging", highlighted && "highlighted", editing && "editing", ...(mark ? mark.split(" ").map((m) => `mark-${m}`) : [])];
  return (
    <article
      className={classes.filter(Boolean).join(" ")}
      style={style}
      tabIndex={-1}
      data-card-id={card.id}
      aria-label={card.text || "Empty card"}
      aria-selected={selected ?? false}
      role="gridcell"
    >
      <div className="card-top">{badge}</div>
      {editing && onCommitText && onCancelText ? (
        <TextEditor text={card.text} onCommit={onCommitText} onCancel={onCancelText} />
      ) : (
        <p className={`card-text${card.text ? "" : " placeholder"}`} dir="auto" style={textStyle}>{card.text || "Empty card"}</p>
      )}
      <div className="card-tags">{workshopTags}{footer}</div>
    </article>
  );
});
