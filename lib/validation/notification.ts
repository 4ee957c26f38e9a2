// What a reader sends to mark their notifications read or open one.
import { z } from "zod";
import { recordId, shownAt } from "@/lib/validation/fields";

export const notificationMarkSchema = z.object({
  id: z.union([
    z.literal("all"),
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/),
  ]),
  // The newest notification the reader was shown ("mark all" leaves later ones unread).
  upTo: shownAt.optional(),
});

/** The plan or the need a reader has opened: their notifications about it count as read. */
export const notificationSubjectSchema = z.union([z.strictObject({ planId: recordId }), z.strictObject({ needId: recordId })]);
