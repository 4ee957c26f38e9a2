"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Download } from "lucide-react";

// A download link that shows its progress. Without JavaScript it is a plain link and the browser
// downloads as usual; with it, the file is fetched here so that the page can show rows (CSV) or
// bytes received, offer to cancel, and show the server's refusal (e.g. Excel's row limit) in words.
// The fetched file is held in the tab until it is saved, so very large reports (`native`) stay plain
// links: the browser's own download manager streams them to disk and shows their progress.

// Hydration as an external store: false in the server's HTML, true once the script runs in the browser.
const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

type State =
  | { kind: "idle" }
  | { kind: "running"; received: number; rows: number; total: number | null }
  | { kind: "done" }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

const NEWLINE = 0x0a;
const PROGRESS_EVERY_MS = 250;

function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "");
  return match?.[1] ?? fallback;
}

function formatSize(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${mb.toLocaleString(locale, { maximumFractionDigits: 1 })} MB` : `${Math.ceil(bytes / 1024).toLocaleString(locale)} KB`;
}

export function ReportDownload({
  href,
  label,
  accessibleLabel,
  fileLabel,
  locale,
  native = false,
}: {
  href: string;
  label: string;
  accessibleLabel: string;
  fileLabel: string;
  locale: string;
  native?: boolean;
}) {
  const t = useTranslations("reports.download");
  const [state, setState] = useState<State>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);
  const csv = /[?&]format=csv\b/.test(href);
  // Until React has attached the click handler the link downloads as a plain link (no progress):
  // say when it has, for tests that check the progress and the "downloaded" message.
  const interactive = useSyncExternalStore(noSubscription, isClient, isServer);

  async function start(event: React.MouseEvent<HTMLAnchorElement>) {
    if (native || event.metaKey || event.ctrlKey || event.shiftKey) return;
    if (state.kind === "running") {
      event.preventDefault();
      return;
    }
    event.preventDefault();
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "running", received: 0, rows: 0, total: null });
    try {
      const response = await fetch(href, { signal: controller.signal });
      if (!response.ok || !response.body) {
        // The route's refusals are short plain text written for the user; anything else (a proxy's
        // JSON, an HTML error page) is replaced by our own words.
        const plain = response.status < 500 && response.headers.get("Content-Type")?.startsWith("text/plain");
        const message = response.status === 401 ? t("signedOut") : plain ? (await response.text()).slice(0, 300) : "";
        setState({ kind: "failed", message: message || t("failed") });
        return;
      }
      const total = Number(response.headers.get("X-Row-Count") ?? NaN);
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let received = 0;
      let lines = 0;
      let shownAt = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        // Rows end with CRLF; a line break inside a quoted cell counts too, so the figure is capped.
        if (csv) for (const byte of value) if (byte === NEWLINE) lines++;
        if (Date.now() - shownAt >= PROGRESS_EVERY_MS) {
          shownAt = Date.now();
          setState({ kind: "running", received, rows: Math.max(0, lines - 1), total: Number.isFinite(total) ? total : null });
        }
      }
      const blob = new Blob(chunks as BlobPart[], { type: response.headers.get("Content-Type") ?? "application/octet-stream" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response, fileLabel);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: "done" });
    } catch {
      setState(controller.signal.aborted ? { kind: "cancelled" } : { kind: "failed", message: t("failed") });
    } finally {
      abort.current = null;
    }
  }

  const running = state.kind === "running" ? state : null;
  const showRows = running && csv && running.total !== null;
  const progressText = !running
    ? ""
    : running.received === 0
      ? t("preparing", { file: fileLabel })
      : showRows
        ? t("progressRows", {
            file: fileLabel,
            done: Math.min(running.rows, running.total!).toLocaleString(locale),
            total: running.total!.toLocaleString(locale),
          })
        : t("progressBytes", { file: fileLabel, size: formatSize(running.received, locale) });
  return (
    <div className="flex flex-col gap-1">
      <a
        href={href}
        download
        onClick={start}
        aria-label={accessibleLabel}
        aria-disabled={running ? true : undefined}
        data-interactive={interactive || undefined}
        className="inline-flex items-center gap-1.5 rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 aria-disabled:cursor-progress aria-disabled:opacity-70"
      >
        <Download aria-hidden className="size-4" />
        {label}
      </a>
      {running ? (
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <progress
            aria-label={t("progressLabel")}
            aria-valuetext={progressText}
            className="h-2 w-40"
            max={showRows ? Math.max(running.total!, 1) : undefined}
            value={showRows ? Math.min(running.rows, running.total!) : undefined}
          />
          <span>{progressText}</span>
          <button type="button" onClick={() => abort.current?.abort()} className="link">
            {t("cancel")}
          </button>
        </div>
      ) : null}
      {/* Announced: the start and the end, not every chunk (a screen reader would read them all). */}
      <div aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {running ? (
          <span className="sr-only">{t("preparing", { file: fileLabel })}</span>
        ) : state.kind === "done" ? (
          t("done", { file: fileLabel })
        ) : state.kind === "cancelled" ? (
          t("cancelled")
        ) : null}
        {state.kind === "failed" ? (
          <p role="alert" className="text-red-800">
            {state.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
