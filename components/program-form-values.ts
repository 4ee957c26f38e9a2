// The program form's state and its conversion to and from the action's input. Pure: the pages
// (server) build the initial values with it, the form (client) sends and compares with it.
import type { ProgramInput } from "@/lib/validation/program";

export type ProgramFormValues = {
  kind: string;
  partnerStateCode: string;
  nameEn: string;
  nameJa: string;
  descriptionEn: string;
  descriptionJa: string;
  ends: string[];
  approaches: string[];
  keyAreas: string[];
  means: string[];
  frameworks: string[];
};

export const LINKS = ["ends", "approaches", "keyAreas", "means", "frameworks"] as const;

export function emptyProgramValues(): ProgramFormValues {
  return {
    kind: "MULTILATERAL",
    partnerStateCode: "",
    nameEn: "",
    nameJa: "",
    descriptionEn: "",
    descriptionJa: "",
    ends: [],
    approaches: [],
    keyAreas: [],
    means: [],
    frameworks: [],
  };
}

export function fromProgramInput(input: ProgramInput): ProgramFormValues {
  return { ...input, partnerStateCode: input.partnerStateCode ?? "" };
}

/** Lists in code order and no partner for a multilateral program, so that a conflict compares values. */
export function toProgramPayload(values: ProgramFormValues): ProgramFormValues {
  const sorted = Object.fromEntries(LINKS.map((key) => [key, [...values[key]].sort()]));
  return { ...values, ...sorted, partnerStateCode: values.kind === "BILATERAL" ? values.partnerStateCode : "" };
}
