import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/tx";
import {
  FRAMEWORK_PROGRAMS,
  END_PROGRAMS,
  KEY_AREA_PROGRAMS,
  MEANS_PROGRAMS,
  PROGRAM_PARTNER_STATES,
  type JoinTable,
} from "@/lib/db/join-tables";
import { jsonDate } from "@/lib/db/json-rows";
import type { AseanMember, ProgramFacts } from "@/lib/rules/facts";

// Reference facts the principle rules need, read from the database.

const codes = { select: { code: true } } as const;

export async function loadProgramFacts(tx: Tx, programId: string): Promise<ProgramFacts | null> {
  const program = await tx.program.findUnique({
    where: { id: programId },
    select: { kind: true, partnerStateCode: true, partnerStates: codes, ends: codes, keyAreas: codes, means: codes, frameworks: codes },
  });
  if (!program) return null;
  const list = (rows: { code: string }[]) => rows.map((row) => row.code);
  return {
    kind: program.kind,
    partnerStateCode: program.partnerStateCode,
    partnerStateCodes: list(program.partnerStates),
    endCodes: list(program.ends),
    keyAreaCodes: list(program.keyAreas),
    meansCodes: list(program.means),
    frameworkCodes: list(program.frameworks),
  };
}

/** The ASEAN member states and the day each joined. */
export async function loadAseanMembers(tx: Tx): Promise<AseanMember[]> {
  const states = await tx.partnerState.findMany({ where: { isAsean: true }, select: { code: true, aseanMemberSince: true } });
  return states.map((state) => ({ code: state.code, memberSince: state.aseanMemberSince ?? new Date(0) }));
}

// The same facts as JSON inside a larger statement (one statement where the two functions above send seven).

const codesOf = <C extends string>(join: JoinTable<C>, side: C, program: C) =>
  Prisma.sql`COALESCE((SELECT json_agg(x.${join.col[side]}) FROM ${join.table} x WHERE x.${join.col[program]} = g.id), '[]'::json)`;

/** loadProgramFacts of the program whose id is `programId`, as JSON (null when there is none). */
export const programFactsJson = (programId: string | Prisma.Sql) => Prisma.sql`(SELECT json_build_object(
    'kind', g.kind, 'partnerStateCode', g."partnerStateCode",
    'partnerStateCodes', ${codesOf(PROGRAM_PARTNER_STATES, "state", "program")},
    'endCodes', ${codesOf(END_PROGRAMS, "end", "program")},
    'keyAreaCodes', ${codesOf(KEY_AREA_PROGRAMS, "keyArea", "program")},
    'meansCodes', ${codesOf(MEANS_PROGRAMS, "means", "program")},
    'frameworkCodes', ${codesOf(FRAMEWORK_PROGRAMS, "framework", "program")})
  FROM "Program" g WHERE g.id = ${programId})`;

/** loadAseanMembers as JSON; read back by aseanMembersFromJson. */
export const aseanMembersJson = Prisma.sql`COALESCE((SELECT json_agg(json_build_object('code', s.code, 'memberSince', s."aseanMemberSince"))
  FROM "PartnerState" s WHERE s."isAsean"), '[]'::json)`;

export function aseanMembersFromJson(rows: { code: string; memberSince: string | null }[]): AseanMember[] {
  return rows.map((row) => ({ code: row.code, memberSince: row.memberSince === null ? new Date(0) : jsonDate(row.memberSince) }));
}
