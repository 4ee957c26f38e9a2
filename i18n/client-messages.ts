// The texts the browser needs. The server renders everything else, so a page sends only what its client
// components translate with: the shell's parts on every page (SHELL_NAMESPACES, from the root layout),
// and a form's own namespaces beside that form, through <ClientMessages> (components/client-messages.tsx).
// Sending the whole client catalogue with each page cost about 23 KB of every page's RSC payload.
// i18n/client-messages.test.ts fails when a client component translates with a namespace that the pages
// rendering it do not send.

/** Every namespace a client component may translate with; the rest never leaves the server. */
export const CLIENT_NAMESPACES = [
  "account",
  "activityEditor",
  "admin.users",
  "afterActionEditor",
  "editor",
  "enums",
  "errors",
  "indicators",
  "login",
  "nav",
  "needEditor",
  "notifications",
  "planComments",
  "planEditor",
  "planLifecycle",
  "programEditor",
  "reference",
  "reports.download",
  "roles",
  "spending.categories",
  "spending.editor",
] as const;

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

/** What every page sends: the navigation, notification bell and language switch, error views, report downloads. */
export const SHELL_NAMESPACES = ["errors", "nav", "notifications", "reports.download"] as const satisfies readonly ClientNamespace[];

type Messages = Record<string, unknown>;

/** The messages under `paths` (dotted: "admin.users" keeps only that part of "admin"), nested as they were. */
export function pickMessages(messages: Messages, paths: readonly string[] = CLIENT_NAMESPACES): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = messages;
    for (const key of keys) source = source && typeof source === "object" ? (source as Messages)[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Messages;
    target[keys[keys.length - 1]!] = source;
  }
  return picked;
}
