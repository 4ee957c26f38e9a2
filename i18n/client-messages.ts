// The texts the browser needs: those of the namespaces that client components translate with. The
// server renders everything else, so sending every message with each page (about 40 KB of JSON in
// its RSC payload, parsed and hydrated on each navigation) would only cost time and bytes.
// i18n/client-messages.test.ts fails when a client component uses a namespace missing here.

export const CLIENT_NAMESPACES = [
  "activityEditor",
  "admin.users",
  "editor",
  "enums",
  "errors",
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
] as const;

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
