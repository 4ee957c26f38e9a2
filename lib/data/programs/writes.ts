import "server-only";
import { z } from "zod";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { programEditorValues } from "@/lib/data/programs/snapshot";
import { refuseOnRules, staleVersion, unknownCodes } from "@/lib/data/editing";
import { auditableProgram, loadProgramSnapshot } from "@/lib/data/programs/snapshot";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { ProgramFacts } from "@/lib/rules/facts";
import { checkProgram, type RuleResult } from "@/lib/rules/principles";
import { editorMsg, recordId } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse";
import { programSchema, type ProgramInput } from "@/lib/validation/program";

// Creating and changing programs: authorize, parse, check the codes, run the principle rules, then
// write the change and its audit event in one transaction.

const versionSchema = z.object({ version: z.number().int().min(1) });

/**
 * The program's partner states follow from its kind: a bilateral program has its one partner, a
 * multilateral one is open to every ASEAN member. Refuses a partner that is not an ASEAN state and
 * any code that does not exist.
 */
async function resolve(tx: Tx, input: ProgramInput): Promise<{ partnerStates: string[] }> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const asean = (await tx.partnerState.findMany({ where: { isAsean: true }, select: { code: true }, orderBy: { sortOrder: "asc" } })).map(
    (state) => state.code,
  );
  if (input.partnerStateCode && !asean.includes(input.partnerStateCode)) add("partnerStateCode", editorMsg("notAsean"));
  const lookups = {
    ends: (codes: string[]) => tx.end.findMany({ where: { code: { in: codes } }, select: { code: true } }),
    approaches: (codes: string[]) => tx.approach.findMany({ where: { code: { in: codes } }, select: { code: true } }),
    keyAreas: (codes: string[]) => tx.keyArea.findMany({ where: { code: { in: codes } }, select: { code: true } }),
    means: (codes: string[]) => tx.means.findMany({ where: { code: { in: codes } }, select: { code: true } }),
    frameworks: (codes: string[]) => tx.framework.findMany({ where: { code: { in: codes } }, select: { code: true } }),
  } as const;
  for (const field of Object.keys(lookups) as (keyof typeof lookups)[]) {
    if ((await unknownCodes(input[field], lookups[field])).length) add(field, editorMsg("unknown"));
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { partnerStates: input.kind === "BILATERAL" && input.partnerStateCode ? [input.partnerStateCode] : asean };
}

function programFacts(input: ProgramInput, partnerStates: string[]): ProgramFacts {
  return {
    kind: input.kind,
    partnerStateCode: input.partnerStateCode,
    partnerStateCodes: partnerStates,
    endCodes: input.ends,
    keyAreaCodes: input.keyAreas,
    meansCodes: input.means,
    frameworkCodes: input.frameworks,
  };
}

async function vet(tx: Tx, input: ProgramInput): Promise<{ partnerStates: string[]; warnings: RuleResult[] }> {
  const { partnerStates } = await resolve(tx, input);
  return { partnerStates, warnings: refuseOnRules(checkProgram(programFacts(input, partnerStates))) };
}

const codes = (list: string[]) => list.map((code) => ({ code }));

function scalars(input: ProgramInput) {
  return {
    kind: input.kind,
    nameEn: input.nameEn,
    nameJa: input.nameJa,
    descriptionEn: input.descriptionEn,
    descriptionJa: input.descriptionJa,
    partnerStateCode: input.partnerStateCode,
  };
}

export async function createProgram(actor: Actor, raw: unknown): Promise<{ id: string; warnings: RuleResult[] }> {
  assertCan(actor, "program:edit");
  const input = parseInput(programSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const { partnerStates, warnings } = await vet(tx, input);
    const { id } = await tx.program.create({
      data: {
        ...scalars(input),
        updatedById: actor.id,
        partnerStates: { connect: codes(partnerStates) },
        ends: { connect: codes(input.ends) },
        approaches: { connect: codes(input.approaches) },
        keyAreas: { connect: codes(input.keyAreas) },
        means: { connect: codes(input.means) },
        frameworks: { connect: codes(input.frameworks) },
      },
      select: { id: true },
    });
    const after = await loadProgramSnapshot(tx, id);
    await audit(tx, actor, { action: "program.create", entity: "Program", entityId: id, after: after && auditableProgram(after) });
    return { id, warnings };
  });
}

async function conflict(tx: Tx, id: string): Promise<never> {
  const current = await loadProgramSnapshot(tx, id);
  if (!current) throw new NotFoundError("program");
  throw staleVersion(current, programEditorValues(current));
}

export async function updateProgram(
  actor: Actor,
  id: string,
  raw: unknown,
): Promise<{ id: string; version: number; warnings: RuleResult[] }> {
  assertCan(actor, "program:edit");
  if (!recordId.safeParse(id).success) throw new NotFoundError("program");
  const { version } = parseInput(versionSchema, raw);
  const input = parseInput(programSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const before = await loadProgramSnapshot(tx, id);
    if (!before) throw new NotFoundError("program");
    if (before.version !== version) return conflict(tx, id);
    const { partnerStates, warnings } = await vet(tx, input);
    // The version in the WHERE makes the write itself the check (see updateActivity).
    const { count } = await tx.program.updateMany({
      where: { id, version },
      data: { ...scalars(input), version: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) return conflict(tx, id);
    await tx.program.update({
      where: { id },
      data: {
        partnerStates: { set: codes(partnerStates) },
        ends: { set: codes(input.ends) },
        approaches: { set: codes(input.approaches) },
        keyAreas: { set: codes(input.keyAreas) },
        means: { set: codes(input.means) },
        frameworks: { set: codes(input.frameworks) },
      },
      select: { id: true },
    });
    const after = await loadProgramSnapshot(tx, id);
    if (!after) throw new NotFoundError("program");
    await audit(tx, actor, {
      action: "program.update",
      entity: "Program",
      entityId: id,
      before: auditableProgram(before),
      after: auditableProgram(after),
    });
    return { id, version: after.version, warnings };
  });
}
