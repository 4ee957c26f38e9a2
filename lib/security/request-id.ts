// The id that ties a request's log lines together: made in proxy.ts, passed to the app in this request
// header, echoed to the client as X-Request-Id, and read back by lib/log.ts.

export const REQUEST_ID_HEADER = "x-request-id";

// A load balancer's id is kept when it is a plain token; anything else (newlines, quotes, very long
// values) could forge log lines or headers, so it is replaced.
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function isSafeRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && SAFE_REQUEST_ID.test(value);
}

export function requestIdFrom(incoming: string | null | undefined): string {
  return isSafeRequestId(incoming) ? incoming : crypto.randomUUID();
}
