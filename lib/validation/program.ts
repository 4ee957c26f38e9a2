// Input schema of the program editor: the mutation parses with it, the form is typed by it. That a
// bilateral partner is an ASEAN member and that every code exists is checked against the database in
// lib/data/programs/writes.ts.
import { z } from "zod";
import { PROGRAM_KINDS } from "@/lib/domain/enums";
import { LIMITS } from "@/lib/domain/limits";
import { blankToNull, distinct, editorMsg, referenceCode, required, stateCode, text, whenValid } from "@/lib/validation/fields";

export const programSchema = z
  .object({
    kind: z.enum(PROGRAM_KINDS),
    // The one partner of a bilateral program; a multilateral program is open to every ASEAN member.
    partnerStateCode: blankToNull(stateCode),
    nameEn: required(LIMITS.name),
    nameJa: required(LIMITS.name),
    descriptionEn: text(LIMITS.description),
    descriptionJa: text(LIMITS.description),
    ends: distinct(referenceCode, 20),
    approaches: distinct(referenceCode, 20),
    keyAreas: distinct(referenceCode, 20),
    means: distinct(referenceCode, 20),
    frameworks: distinct(referenceCode, 50),
  })
  .refine((program) => program.kind !== "BILATERAL" || program.partnerStateCode !== null, {
    path: ["partnerStateCode"],
    message: editorMsg("partnerRequired"),
    ...whenValid("kind", "partnerStateCode"),
  })
  .transform((program) => ({
    ...program,
    partnerStateCode: program.kind === "BILATERAL" ? program.partnerStateCode : null,
  }));

export type ProgramInput = z.infer<typeof programSchema>;
