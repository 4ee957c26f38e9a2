// Input schemas of plan comments and following: shared by the forms and the actions.
import { z } from "zod";
import { MAX_COMMENT_LENGTH } from "@/lib/domain/limits";
import { shownAt } from "@/lib/validation/fields";
import { msg } from "@/lib/validation/parse";

export { MAX_COMMENT_LENGTH };

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const planCommentSchema = z.object({
  planId: id,
  body: z.string().trim().min(1, msg("required")).max(MAX_COMMENT_LENGTH, msg("planComments.tooLong")),
});

export const planFollowSchema = z.object({
  planId: id,
  // From a form: "true" / "false".
  following: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** The page has shown the plan's comments up to `latest` (the newest one rendered), if any. */
export const commentsSeenSchema = z.object({
  planId: id,
  latest: shownAt.nullable().optional(),
});
