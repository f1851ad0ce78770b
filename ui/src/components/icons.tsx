// Small line icons drawn inline, so nothing is fetched and no icon font is needed.

import type { ChannelKind } from "../types";

const paths: Record<ChannelKind, string> = {
  web: "M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM1.5 8h13M8 1.5c2 2 2.6 4.2 2.6 6.5S10 12.5 8 14.5M8 1.5C6 3.5 5.4 5.7 5.4 8S6 12.5 8 14.5",
  app: "M4.5 1.5h7v13h-7zM7 12.5h2",
  store: "M2 6.5h12M2.5 6.5l1-4h9l1 4M3 6.5v8h10v-8M6.5 14.5v-4h3v4",
  phone: "M4 1.5h2.2l1.1 3-1.6 1.1a8 8 0 0 0 4.7 4.7l1.1-1.6 3 1.1V12a2 2 0 0 1-2 2A11.5 11.5 0 0 1 2 3.5a2 2 0 0 1 2-2Z",
  email: "M1.5 3.5h13v9h-13zM1.5 3.5 8 9l6.5-5.5",
  social: "M4 8a2 2 0 1 1 0 .01M12 3.5a2 2 0 1 1 0 .01M12 12.5a2 2 0 1 1 0 .01M5.8 7l4.4-2.4M5.8 9l4.4 2.4",
  inPerson: "M8 2.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5ZM3 14.5c0-3 2.2-5 5-5s5 2 5 5",
  chat: "M2 3h12v8H7l-3 3v-3H2z",
  mail: "M2.5 2.5h8l3 3v8h-11zM10.5 2.5v3h3M5 8h6M5 10.5h6",
  other: "M8 3v10M3 8h10",
};

export function ChannelIcon({ kind }: { kind: ChannelKind }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path d={paths[kind] ?? paths.other} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}

export function StarIcon({ title }: { title: string }) {
  return (
    <svg className="icon star" viewBox="0 0 16 16" width="14" height="14" role="img" aria-label={title}>
      <title>{title}</title>
      <path d="M8 1.3l2 4.3 4.6.5-3.4 3.1 1 4.6L8 11.5l-4.2 2.3 1-4.6L1.4 6.1 6 5.6z" fill="currentColor" />
    </svg>
  );
}
