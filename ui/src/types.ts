// Wire types of the shell's commands and events. They are generated from the Rust types
// (generated/contract.ts; `make types` rewrites it, and a Rust test fails while it is stale) and
// re-exported here under the names the UI imports. Below them: the few types that are the UI's
// own, and the workshop's, still written by hand (journey-workshop is being reworked; they move
// into the generated contract once it settles).

export type * from "./generated/contract";
import type { CardBody, Channel, Phase } from "./generated/contract";

export type Id = string;
export type PhaseKind = Phase["kind"];
export type ChannelKind = Channel["kind"];

/** The three card bodies with details, by their `kind`. */
export type TouchpointBody = Extract<CardBody, { kind: "touchpoint" }>;
export type PainPointBody = Extract<CardBody, { kind: "painPoint" }>;
export type OpportunityBody = Extract<CardBody, { kind: "opportunity" }>;

/** A running workshop session as the facilitator sees it (journey-workshop). */
export interface WorkshopSession {
  url: string;
  qr: { size: number; rows: string[] } | null;
  session: {
    journey: Id;
    code: string;
    participants: { id: string; name: string }[];
    settings: { openLanes: Id[]; privateMode: boolean; locked: boolean; follow: Id | null };
    timer: { durationMs: number; endsAt: number | null; remainingMs: number };
    vote: { lane: Id | null; dots: number; voters: number; tally: [Id, number][] } | null;
  };
}

/** What the facilitator does in a session (journey-workshop's `Action`). */
export type WorkshopAction =
  | { type: "openLanes"; lanes: Id[] }
  | { type: "privateMode"; on: boolean }
  | { type: "reveal"; anonymous: boolean }
  | { type: "openVote"; lane: Id | null; dots: number }
  | { type: "closeVote" }
  | { type: "setTimer"; minutes: number }
  | { type: "startTimer" }
  | { type: "pauseTimer" }
  | { type: "extendTimer"; minutes: number }
  | { type: "lock"; on: boolean }
  | { type: "follow"; stage: Id | null }
  | { type: "remove"; participant: string };
