// Wire types of the shell's commands and events. They are generated from the Rust types
// (generated/contract.ts; `make types` rewrites it, and a Rust test fails while it is stale) and
// re-exported here under the names the UI imports (the workshop's too: `WorkshopSession`,
// `WorkshopAction`, `WorkshopRecordLine`). Below them: the few types that are the UI's own.

export type * from "./generated/contract";
import type { CardBody, Channel, Phase } from "./generated/contract";

export type Id = string;
export type PhaseKind = Phase["kind"];
export type ChannelKind = Channel["kind"];

/** The three card bodies with details, by their `kind`. */
export type TouchpointBody = Extract<CardBody, { kind: "touchpoint" }>;
export type PainPointBody = Extract<CardBody, { kind: "painPoint" }>;
export type OpportunityBody = Extract<CardBody, { kind: "opportunity" }>;
