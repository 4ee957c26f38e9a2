import "server-only";
import type { Tx } from "@/lib/db/tx";
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
