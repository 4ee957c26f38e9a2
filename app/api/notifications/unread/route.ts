// The unread count behind the bell, fetched by the browser when the user moves between pages (the
// layout that holds the bell does not re-render on client navigation).
import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { countUnreadNotifications } from "@/lib/data/notifications/reads";

export async function GET() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "unauthorized" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  return NextResponse.json({ count: await countUnreadNotifications(actor) }, { headers: { "Cache-Control": "no-store" } });
}
