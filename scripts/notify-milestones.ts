// Runs one day's milestone notifications (lib/data/notifications/milestones.ts) against DATABASE_URL,
// until the job queue schedules it daily. Safe to repeat: a notification is created once per user.
//
//   npm run notify:milestones [-- --date 2026-12-08]
import { parseArgs } from "node:util";
import { notifyMilestones } from "@/lib/data/notifications/milestones";

const { values } = parseArgs({ options: { date: { type: "string" } } });
// --date names the day in Japan to run for (noon there, so the calendar day is unambiguous).
const now = values.date ? new Date(`${values.date}T03:00:00Z`) : new Date();
if (Number.isNaN(now.getTime())) throw new Error(`--date: not a date: ${values.date}`);
notifyMilestones(now).then(
  (run) => {
    console.log(JSON.stringify({ event: "notify-milestones", ...run }));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
