import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { exportActivities, type ActivityExportRow } from "@/lib/data/exports";
import { csvRow, UTF8_BOM } from "@/lib/exports/csv";
import { NotFoundError } from "@/lib/errors";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

// GET /api/exports/activities?fy=&state=&program=... : the activity list's rows as CSV, streamed in
// batches, in the actor's scope (a liaison officer gets their own state's activities only).
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  const filters = parseActivityFilters(Object.fromEntries(new URL(request.url).searchParams));
  const [locale, t, te] = await Promise.all([getLocale(), getTranslations("exports"), getTranslations("enums")]);
  const rows = exportActivities(actor, filters, locale);
  try {
    // Authorization runs on the first read: refuse before any byte is sent.
    const first = await rows.next();
    const header = ["id", "fiscalYear", "startDate", "endDate", "title", "kind", "status", "program", "host", "location", "keyAreas", "means", "participants", "illustrative"] as const;
    const encoder = new TextEncoder();
    const line = (row: ActivityExportRow) =>
      csvRow([
        row.id, row.fiscalYear, row.startDate, row.endDate, row.title, te(`activityKind.${row.kind}`), te(`activityStatus.${row.status}`),
        row.program, row.host, row.location, row.keyAreas, row.means, row.participants, row.illustrative ? t("yes") : "",
      ]);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + csvRow(header.map((column) => t(`columns.${column}`)))));
        if (!first.done) controller.enqueue(encoder.encode(line(first.value)));
      },
      async pull(controller) {
        const next = await rows.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(line(next.value)));
      },
      async cancel() {
        await rows.return(undefined);
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="activities.csv"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found.", { status: 404 });
    console.error("[export] failed", error);
    return new Response("The export failed. Please try again.", { status: 500 });
  }
}
