// Wire types of the shell's commands and events. They are generated from the Rust types
// (generated/contract.ts; `make types` rewrites it, and a Rust test fails while it is stale) and
// re-exported here under the names the UI imports (the workshop's too: `WorkshopSession`,
// `WorkshopAction`, `WorkshopRecordLine`). Below them: the few types that are the UI's own.

export type * from "./generated/contract";
import type { ApiError, CardBody, Channel, Phase } from "./generated/contract";

export type Id = string;
export type PhaseKind = Phase["kind"];
export type ChannelKind = Channel["kind"];

/** The three card bodies with details, by their `kind`. */
export type TouchpointBody = Extract<CardBody, { kind: "touchpoint" }>;
export type PainPointBody = Extract<CardBody, { kind: "painPoint" }>;
export type OpportunityBody = Extract<CardBody, { kind: "opportunity" }>;

/**
 * What the window's message line shows: a refusal or failure, or (code "info") something the
 * user should know that went well, such as the teammates' changes an undo left alone.
 */
export type Notice = ApiError | { code: "info"; message: string };
