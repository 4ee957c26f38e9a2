// Reference rows as raw SQL returns them (json_build_object), in the shape of the Prisma selects of
// lib/data/selects.ts (stateRef, codeTitle): one definition for every statement that builds them.
import { Prisma } from "@/generated/prisma/client";

export type StateRefJson = { code: string; nameEn: string; nameJa: string; isAsean: boolean };
export type CodeTitleJson = { code: string; titleEn: string; titleJa: string };

/** The partner state `s` as stateRef. */
export const stateRefJson = (s: Prisma.Sql) =>
  Prisma.sql`json_build_object('code', ${s}.code, 'nameEn', ${s}."nameEn", 'nameJa', ${s}."nameJa", 'isAsean', ${s}."isAsean")`;

/** The key area, means or approach `r` as codeTitle. */
export const codeTitleJson = (r: Prisma.Sql) =>
  Prisma.sql`json_build_object('code', ${r}.code, 'titleEn', ${r}."titleEn", 'titleJa', ${r}."titleJa")`;
