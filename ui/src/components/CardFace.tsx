// One card as the designer sees it: kind, channel, emotion, moment of truth, pain severity and
// frequency, opportunity value/effort, and the framework tags, at a glance.

import { memo, useEffect, useRef } from "react";
import type { Card, EmotionScale } from "../types";
import { countRender } from "./renderCounts";
import { ChannelIcon, StarIcon } from "./icons";
import { cardKindName, channelName, emotionColor, frictionName, loyaltyName, pillarName, stepName } from "./labels";
import { useT, type Localization } from "../i18n";
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
  /** Teammates who have this card selected (live sync): an outline in the first one's colour. */
  watchers?: readonly Watcher[];
}

/** A teammate as an outline shows them. */
export interface Watcher {
  name: string;
  colour: string;
}

/** The outline and name tag of teammates who have a card or stage selected. */
export function WatcherTag({ watchers }: { watchers: readonly Watcher[] }) {
  return (
    <span className="watchers" aria-hidden="true">
      {watchers.map((w) => <span key={w.name} className="watcher" dir="auto" style={{ background: w.colour }}>{w.name}</span>)}
    </span>
  );
}

/** The card's text as a textarea: Enter saves, Shift+Enter breaks the line, Escape cancels. */
function TextEditor({ text, onCommit, onCancel }: { text: string; onCommit: (t: string) => void; onCancel: () => void }) {
  const { t } = useT();
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
      aria-label={t("card-text")}
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

function emotionName(l: Localization, scale: EmotionScale, score: number, own: string): string {
  return own || stepName(l, scale, score) || "";
}

/** What a screen reader says for a card before its text: "Touchpoint, Web, emotion −2
 *  Frustrated" (then ": Checkout form asks for the address a second time"). */
export function cardDescription(l: Localization, card: Card, scale: EmotionScale): string {
  const b = card.body;
  const parts = [cardKindName(l, b.kind)];
  if (b.kind === "touchpoint") {
    if (b.channel) parts.push(channelName(l, b.channel));
    if (b.momentOfTruth) parts.push(l.t("moment-of-truth"));
    if (b.emotion) {
      parts.push(l.t("card-label-emotion", { score: l.number(b.emotion.score, { signDisplay: "exceptZero" }), name: emotionName(l, scale, b.emotion.score, b.emotion.name) }).trim());
    }
  } else if (b.kind === "painPoint") {
    parts.push(l.t("card-label-pain", { severity: b.severity, frequency: b.frequency }));
    if (b.pillar) parts.push(pillarName(l, b.pillar));
    if (b.friction) parts.push(frictionName(l, b.friction));
  } else if (b.kind === "quote") {
    if (b.speaker) parts.push(b.speaker);
  } else if (b.kind === "opportunity") {
    parts.push(l.t("value-effort", { value: b.value, effort: b.effort }));
    if (b.loyaltyPillar) parts.push(loyaltyName(l, b.loyaltyPillar));
    if (b.answers.length) parts.push(l.t("answers-pains", { count: b.answers.length }));
  }
  const ws = card.workshop;
  if (ws?.votes) parts.push(l.t("card-label-votes", { count: ws.votes }));
  if (ws?.private) parts.push(l.t("card-private"));
  if (ws?.author) parts.push(ws.author);
  return l.list(parts);
}

export const CardFace = memo(function CardFace({ card, scale, box, top, selected, lifted, offset, highlighted, mark, editing, onCommitText, onCancelText, watchers }: Props) {
  countRender(card.id);
  const l = useT();
  const { t } = l;
  const b = card.body;
  const style: React.CSSProperties = { left: box.x, top: box.y - top, width: box.width, height: box.height };
  if (offset) style.transform = `translate(${offset.dx}px, ${offset.dy}px)`;
  if (watchers?.length) (style as Record<string, string | number>)["--watcher"] = watchers[0].colour;
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
            {channelName(l, ch)}
          </span>
        )}
        {b.momentOfTruth && <StarIcon title={t("moment-of-truth")} />}
        {b.emotion && (
          <span className="chip emotion" style={{ background: emotionColor(b.emotion.score, scale.min, scale.max) }}>
            {l.number(b.emotion.score, { signDisplay: "exceptZero" })} {emotionName(l, scale, b.emotion.score, b.emotion.name)}
          </span>
        )}
      </>
    );
    if (b.sacrifice) footer = <span className="tag sacrifice" title={t("sacrifice.title", { wanted: b.sacrifice.wanted, accepted: b.sacrifice.accepted })}>{t("sacrifice")}</span>;
  } else if (b.kind === "painPoint") {
    const weight = priorityOf(b);
    // Four shades of badge, by quarters of the highest priority.
    badge = (
      <span className={`chip pain w${Math.min(4, Math.ceil((weight * 4) / MAX_PRIORITY))}`} title={t("pain-badge.title")}>
        {t("pain-badge", { severity: b.severity, frequency: b.frequency, priority: weight })}
      </span>
    );
    footer = (
      <>
        {b.pillar && <span className="tag pillar">{pillarName(l, b.pillar)}</span>}
        {b.friction && <span className="tag friction">{frictionName(l, b.friction)}</span>}
      </>
    );
  } else if (b.kind === "opportunity") {
    badge = <span className="chip opportunity" title={t("value-effort.title")}>{t("value-effort", { value: b.value, effort: b.effort })}</span>;
    footer = (
      <>
        {b.loyaltyPillar && <span className="tag loyalty">{loyaltyName(l, b.loyaltyPillar)}</span>}
        {b.answers.length > 0 && <span className="tag answers">{t("answers-pains", { count: b.answers.length })}</span>}
      </>
    );
  } else if (b.kind === "quote") {
    badge = <span className="chip quote">“ {b.speaker || cardKindName(l, "quote")}</span>;
  }
  // Workshop facts: dots from the last vote, who wrote it, still private.
  const ws = card.workshop;
  const workshopTags = ws && (ws.votes || ws.author || ws.private) ? (
    <>
      {ws.votes ? <span className="tag votes" title={t("votes.title")}>{l.number(ws.votes)} ●</span> : null}
      {ws.private ? <span className="tag private">{t("card-private")}</span> : null}
      {ws.author ? <span className="tag author" dir="auto">{ws.author}</span> : null}
    </>
  ) : null;
  const classes = ["card", `kind-${b.kind}`, ws?.private && "private", selected && "selected", lifted && "lifted", offset && "dragging", highlighted && "highlighted", editing && "editing", watchers?.length && "watched", ...(mark ? mark.split(" ").map((m) => `mark-${m}`) : [])];
  return (
    <article
      className={classes.filter(Boolean).join(" ")}
      style={style}
      tabIndex={-1}
      data-card-id={card.id}
      aria-selected={selected ?? false}
      role="option"
    >
      {/* The chips and tags are said in the card's name (cardLabel), so they are not read twice. */}
      {/* The card's name is its content: this summary, then the text. Not an aria-label, which
          would hide the visible text from speech control ("click Checkout form…"). */}
      <span className="visually-hidden">{t("card-label", { description: cardDescription(l, card, scale) })}</span>
      {watchers?.length ? <span className="visually-hidden">{t("peer-selected", { names: l.list(watchers.map((w) => w.name)) })}</span> : null}
      {watchers?.length ? <WatcherTag watchers={watchers} /> : null}
      <div className="card-top" aria-hidden="true">{badge}</div>
      {editing && onCommitText && onCancelText ? (
        <TextEditor text={card.text} onCommit={onCommitText} onCancel={onCancelText} />
      ) : (
        <p className={`card-text${card.text ? "" : " placeholder"}`} dir="auto" style={textStyle}>{card.text || t("card-empty-text")}</p>
      )}
      <div className="card-tags" aria-hidden="true">{workshopTags}{footer}</div>
    </article>
  );
});
