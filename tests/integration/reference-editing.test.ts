// Editing reference data through the data layer its pages and actions call: only admins may (everyone
// else learns nothing: "not found", and nothing changes); each change is written with its audit event
// (before and after) in one transaction; a stale version, invalid input and broken invariants are
// refused and change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, fieldErrorsOf, query, rejection, seededDatabase, tableCounts } from "./helpers";

let database: TestDatabase;
let admin: Actor;
let planner: Actor;
let liaison: Actor;
let reference: typeof import("@/lib/data/reference/admin-reads") & typeof import("@/lib/data/reference/writes");

beforeAll(async () => {
  database = await seededDatabase("reference_editing");
  reference = { ...(await import("@/lib/data/reference/admin-reads")), ...(await import("@/lib/data/reference/writes")) };
  [admin, planner, liaison] = await Promise.all([
    actorByEmail(database.url, "admin@example.org"),
    actorByEmail(database.url, "planner@example.org"),
    actorByEmail(database.url, "liaison.vn@example.org"),
  ]);
});

afterAll(() => closeDatabase(database));

// xmin is the id of the transaction that wrote a row version: equal ids mean one transaction.
interface StateRow extends Record<string, unknown> {
  code: string;
  iso3: string;
  nameEn: string;
  nameJa: string;
  isAsean: boolean;
  aseanMemberSince: string | null;
  admmPlus: boolean;
  version: number;
  xmin: string;
}

async function stateRow(code: string): Promise<StateRow> {
  const [row] = await query<StateRow>(
    database.url,
    `SELECT code, iso3, "nameEn", "nameJa", "isAsean", to_char("aseanMemberSince", 'YYYY-MM-DD') AS "aseanMemberSince", "admmPlus", version, xmin::text
     FROM "PartnerState" WHERE code = $1`,
    [code],
  );
  if (!row) throw new Error(`no state ${code}`);
  return row;
}

async function frameworkRow(code: string) {
  const [row] = await query<{
    code: string;
    kind: string;
    nameEn: string;
    nameJa: string;
    parentCode: string | null;
    establishedOn: string | null;
    sortOrder: number;
    version: number;
    xmin: string;
  }>(
    database.url,
    `SELECT code, kind::text, "nameEn", "nameJa", "parentCode", to_char("establishedOn", 'YYYY-MM-DD') AS "establishedOn", "sortOrder", version, xmin::text
     FROM "Framework" WHERE code = $1`,
    [code],
  );
  return row;
}

async function keyAreaRow(code: string) {
  const [row] = await query<{
    titleEn: string;
    titleJa: string;
    descriptionEn: string;
    descriptionJa: string;
    version: number;
    xmin: string;
  }>(database.url, `SELECT "titleEn", "titleJa", "descriptionEn", "descriptionJa", version, xmin::text FROM "KeyArea" WHERE code = $1`, [
    code,
  ]);
  if (!row) throw new Error(`no key area ${code}`);
  return row;
}

async function auditRows(entity: string, entityId: string) {
  return query<{ action: string; actorEmail: string; before: unknown; after: unknown; xmin: string }>(
    database.url,
    `SELECT action, "actorEmail", before, after, xmin::text FROM "AuditEvent" WHERE entity = $1 AND "entityId" = $2 ORDER BY id`,
    [entity, entityId],
  );
}

const stateInput = (row: StateRow, overrides: Record<string, unknown> = {}) => ({
  code: row.code,
  version: String(row.version),
  nameEn: row.nameEn,
  nameJa: row.nameJa,
  isAsean: row.isAsean,
  aseanMemberSince: row.aseanMemberSince ?? "",
  admmPlus: row.admmPlus,
  ...overrides,
});

const newFramework = (overrides: Record<string, unknown> = {}) => ({
  code: "EWG_TEST",
  kind: "WORKING_GROUP",
  nameEn: "ADMM-Plus Experts' Working Group on Testing",
  nameJa: "ADMMプラス試験専門家会合",
  descriptionEn: "A working group made by the tests.",
  descriptionJa: "",
  parentCode: "ADMM_PLUS",
  establishedOn: "",
  sortOrder: "20",
  ...overrides,
});

describe("editing a partner state", () => {
  it("writes the change and its audit event, before and after, in one transaction", async () => {
    const before = await stateRow("KH");
    const result = await reference.updatePartnerState(
      admin,
      stateInput(before, { nameEn: "  Kingdom of Cambodia ", nameJa: "カンボジア王国" }),
    );
    expect(result).toEqual({ version: before.version + 1 });

    const after = await stateRow("KH");
    expect(after).toMatchObject({
      nameEn: "Kingdom of Cambodia",
      nameJa: "カンボジア王国",
      isAsean: true,
      aseanMemberSince: "1999-04-30",
      iso3: "KHM",
      version: before.version + 1,
    });
    const events = await auditRows("PartnerState", "KH");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "reference.state.update",
      actorEmail: "admin@example.org",
      before: { nameEn: "Cambodia", nameJa: "カンボジア", isAsean: true, aseanMemberSince: "1999-04-30", admmPlus: false },
      after: { nameEn: "Kingdom of Cambodia", nameJa: "カンボジア王国", isAsean: true, aseanMemberSince: "1999-04-30", admmPlus: false },
    });
    expect(events[0]!.xmin).toBe(after.xmin);
  });

  it("lets a state leave ASEAN when nothing is bound to it, and join with its accession date", async () => {
    // Every demo ASEAN state has a liaison officer: this one, made for the test, has nothing bound to it.
    await query(
      database.url,
      `INSERT INTO "PartnerState" (code, iso3, "nameEn", "nameJa", "isAsean", "sortOrder", "updatedAt") VALUES ('ZZ', 'ZZZ', 'Testland', 'テストランド', false, 99, now())`,
    );
    const row = await stateRow("ZZ");
    await reference.updatePartnerState(admin, stateInput(row, { isAsean: true, aseanMemberSince: "2030-01-01" }));
    expect(await stateRow("ZZ")).toMatchObject({ isAsean: true, aseanMemberSince: "2030-01-01", version: row.version + 1 });
    await reference.updatePartnerState(admin, stateInput(await stateRow("ZZ"), { isAsean: false, aseanMemberSince: "" }));
    expect(await stateRow("ZZ")).toMatchObject({ isAsean: false, aseanMemberSince: null, version: row.version + 2 });
    expect((await auditRows("PartnerState", "ZZ")).map((event) => event.action)).toEqual([
      "reference.state.update",
      "reference.state.update",
    ]);
  });

  it("refuses a member without an accession date, a non-member with one and blank names, with field errors, changing nothing", async () => {
    const row = await stateRow("KH");
    const counts = await tableCounts(database.url);
    expect(await fieldErrorsOf(reference.updatePartnerState(admin, stateInput(row, { aseanMemberSince: "" })))).toEqual({
      aseanMemberSince: ["msg:reference.validation.memberSinceRequired"],
    });
    expect(
      await fieldErrorsOf(reference.updatePartnerState(admin, stateInput(await stateRow("AU"), { aseanMemberSince: "2020-01-01" }))),
    ).toEqual({
      aseanMemberSince: ["msg:reference.validation.memberSinceForbidden"],
    });
    expect(await fieldErrorsOf(reference.updatePartnerState(admin, stateInput(row, { nameEn: "   ", nameJa: "" })))).toEqual({
      nameEn: ["msg:required"],
      nameJa: ["msg:required"],
    });
    expect(await tableCounts(database.url)).toEqual(counts);
    expect(await stateRow("KH")).toEqual(row);
  });

  it("refuses to take a state out of ASEAN while liaison officers or bilateral programs are bound to it", async () => {
    const row = await stateRow("VN");
    const counts = await tableCounts(database.url);
    expect(await fieldErrorsOf(reference.updatePartnerState(admin, stateInput(row, { isAsean: false, aseanMemberSince: "" })))).toEqual({
      isAsean: ["msg:reference.validation.stillBound"],
    });
    expect(await tableCounts(database.url)).toEqual(counts);
    expect(await stateRow("VN")).toEqual(row);
  });

  it("refuses a stale version with the current values and who saved them, changing nothing", async () => {
    const row = await stateRow("KH");
    const counts = await tableCounts(database.url);
    const stale = await rejection(
      reference.updatePartnerState(admin, stateInput(row, { version: String(row.version - 1), nameEn: "Cambodia" })),
    );
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).current).toMatchObject({
      version: row.version,
      updatedBy: admin.name,
      values: { nameEn: "Kingdom of Cambodia", nameJa: "カンボジア王国", isAsean: true, aseanMemberSince: "1999-04-30", admmPlus: false },
    });
    expect(await tableCounts(database.url)).toEqual(counts);
    expect(await stateRow("KH")).toEqual(row);
  });

  it("loads a state for its form, and answers 'not found' for a code that does not exist", async () => {
    expect(await reference.getStateForEdit(admin, "kh")).toMatchObject({
      code: "KH",
      iso3: "KHM",
      values: { nameEn: "Kingdom of Cambodia" },
    });
    expect(await rejection(reference.getStateForEdit(admin, "QQ"))).toBeInstanceOf(NotFoundError);
    expect(await rejection(reference.updatePartnerState(admin, { ...stateInput(await stateRow("KH")), code: "QQ" }))).toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("editing a framework text", () => {
  it("writes the new titles and descriptions with their audit event in one transaction, and refuses a stale save", async () => {
    const before = await keyAreaRow("K2");
    const input = {
      kind: "keyArea",
      code: "K2",
      version: before.version,
      titleEn: before.titleEn,
      titleJa: "海洋安全保障の強化（改訂）",
      descriptionEn: before.descriptionEn,
      descriptionJa: before.descriptionJa,
    };
    expect(await reference.updateReferenceText(admin, input)).toEqual({ version: before.version + 1 });
    const after = await keyAreaRow("K2");
    expect(after).toMatchObject({ titleEn: before.titleEn, titleJa: "海洋安全保障の強化（改訂）", version: before.version + 1 });
    const events = await auditRows("KeyArea", "K2");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "reference.text.update",
      before: {
        titleEn: before.titleEn,
        titleJa: before.titleJa,
        descriptionEn: before.descriptionEn,
        descriptionJa: before.descriptionJa,
      },
      after: {
        titleEn: before.titleEn,
        titleJa: "海洋安全保障の強化（改訂）",
        descriptionEn: before.descriptionEn,
        descriptionJa: before.descriptionJa,
      },
    });
    expect(events[0]!.xmin).toBe(after.xmin);

    const counts = await tableCounts(database.url);
    const stale = await rejection(reference.updateReferenceText(admin, { ...input, titleJa: "古い版" }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).current).toMatchObject({
      version: after.version,
      updatedBy: admin.name,
      values: { titleJa: "海洋安全保障の強化（改訂）" },
    });
    expect(await tableCounts(database.url)).toEqual(counts);
    expect(await keyAreaRow("K2")).toEqual(after);
  });

  it("refuses blank titles with field errors and changes nothing", async () => {
    const row = await keyAreaRow("K2");
    const counts = await tableCounts(database.url);
    const errors = await fieldErrorsOf(
      reference.updateReferenceText(admin, {
        kind: "keyArea",
        code: "K2",
        version: row.version,
        titleEn: " ",
        titleJa: "",
        descriptionEn: "",
        descriptionJa: "",
      }),
    );
    expect(errors).toEqual({ titleEn: ["msg:required"], titleJa: ["msg:required"] });
    expect(await tableCounts(database.url)).toEqual(counts);
    expect(await keyAreaRow("K2")).toEqual(row);
  });

  it("reaches every kind of text, and answers 'not found' for an unknown one", async () => {
    for (const [kind, code] of [
      ["end", "E1"],
      ["principle", "H"],
      ["approach", "A1"],
      ["keyArea", "K1"],
      ["means", "M5"],
    ] as const) {
      const text = await reference.getReferenceTextForEdit(admin, kind, code);
      expect(text).toMatchObject({ kind, code, version: 1 });
      expect(text.values.titleEn).not.toBe("");
    }
    expect(await rejection(reference.getReferenceTextForEdit(admin, "program", "E1"))).toBeInstanceOf(NotFoundError);
    expect(await rejection(reference.getReferenceTextForEdit(admin, "end", "E9"))).toBeInstanceOf(NotFoundError);
    const missing = { kind: "means", code: "M9", version: 1, titleEn: "x", titleJa: "x", descriptionEn: "", descriptionJa: "" };
    expect(await rejection(reference.updateReferenceText(admin, missing))).toBeInstanceOf(NotFoundError);
  });
});

describe("editing and creating frameworks", () => {
  it("writes a framework's new Japanese name with its audit event in one transaction", async () => {
    const loaded = await reference.getFrameworkForEdit(admin, "ARF");
    expect(loaded).toMatchObject({
      code: "ARF",
      hasChildren: false,
      values: { kind: "FORUM", parentCode: null, establishedOn: "1994-07-25" },
    });
    const input = { code: "ARF", version: loaded.version, ...loaded.values, nameJa: "ASEAN地域フォーラム（ARF・改）" };
    expect(await reference.updateFramework(admin, input)).toEqual({ version: loaded.version + 1 });
    const after = await frameworkRow("ARF");
    expect(after).toMatchObject({ nameJa: "ASEAN地域フォーラム（ARF・改）", establishedOn: "1994-07-25", version: loaded.version + 1 });
    const events = await auditRows("Framework", "ARF");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "reference.framework.update",
      before: { ...loaded.values },
      after: { ...loaded.values, nameJa: "ASEAN地域フォーラム（ARF・改）" },
    });
    expect(events[0]!.xmin).toBe(after!.xmin);

    const counts = await tableCounts(database.url);
    expect(await rejection(reference.updateFramework(admin, { ...input, nameJa: "古い名称" }))).toBeInstanceOf(ConflictError);
    expect(await tableCounts(database.url)).toEqual(counts);
    expect(await frameworkRow("ARF")).toEqual(after);
  });

  it("creates a framework under ADMM-Plus, audited with its values", async () => {
    expect(await reference.getNewFrameworkDefaults(admin)).toEqual({ sortOrder: 13 });
    expect(await reference.createFramework(admin, newFramework({ code: "ewg_test" }))).toEqual({ code: "EWG_TEST" });
    const row = await frameworkRow("EWG_TEST");
    expect(row).toMatchObject({ kind: "WORKING_GROUP", parentCode: "ADMM_PLUS", establishedOn: null, sortOrder: 20, version: 1 });
    const events = await auditRows("Framework", "EWG_TEST");
    expect(events).toEqual([
      {
        action: "reference.framework.create",
        actorEmail: "admin@example.org",
        before: null,
        after: {
          code: "EWG_TEST",
          kind: "WORKING_GROUP",
          nameEn: "ADMM-Plus Experts' Working Group on Testing",
          nameJa: "ADMMプラス試験専門家会合",
          descriptionEn: "A working group made by the tests.",
          descriptionJa: "",
          parentCode: "ADMM_PLUS",
          establishedOn: null,
          sortOrder: 20,
        },
        xmin: row!.xmin,
      },
    ]);
    expect((await reference.listFrameworkParents(admin)).map((parent) => parent.code)).not.toContain("EWG_TEST");
  });

  it("refuses a taken code, taken names, blank names, a nested or unknown parent, changing nothing", async () => {
    const counts = await tableCounts(database.url);
    expect(await fieldErrorsOf(reference.createFramework(admin, newFramework({ code: "ADMM", nameEn: "Other", nameJa: "別" })))).toEqual({
      code: ["msg:reference.validation.codeTaken"],
    });
    expect(
      await fieldErrorsOf(
        reference.createFramework(
          admin,
          newFramework({ code: "EWG_TWO", nameEn: "asean regional forum (arf)", nameJa: "ASEAN地域フォーラム（ARF・改）" }),
        ),
      ),
    ).toEqual({
      nameEn: ["msg:reference.validation.nameTaken"],
      nameJa: ["msg:reference.validation.nameTaken"],
    });
    expect(await fieldErrorsOf(reference.createFramework(admin, newFramework({ code: "EWG_TWO", nameEn: " ", nameJa: "" })))).toEqual({
      nameEn: ["msg:required"],
      nameJa: ["msg:required"],
    });
    expect(
      await fieldErrorsOf(
        reference.createFramework(admin, newFramework({ code: "EWG_TWO", nameEn: "Two", nameJa: "二", parentCode: "EWG_MS" })),
      ),
    ).toEqual({
      parentCode: ["msg:reference.validation.parentNested"],
    });
    expect(
      await fieldErrorsOf(
        reference.createFramework(admin, newFramework({ code: "EWG_TWO", nameEn: "Two", nameJa: "二", parentCode: "NOPE" })),
      ),
    ).toEqual({
      parentCode: ["msg:reference.validation.parentUnknown"],
    });
    expect(await tableCounts(database.url)).toEqual(counts);
    expect(await frameworkRow("EWG_TWO")).toBeUndefined();
  });

  it("keeps the hierarchy two levels deep: a framework with working groups under it takes no parent", async () => {
    const admmPlus = await reference.getFrameworkForEdit(admin, "ADMM_PLUS");
    expect(admmPlus.hasChildren).toBe(true);
    const before = await frameworkRow("ADMM_PLUS");
    expect(
      await fieldErrorsOf(
        reference.updateFramework(admin, { code: "ADMM_PLUS", version: admmPlus.version, ...admmPlus.values, parentCode: "ADMM" }),
      ),
    ).toEqual({
      parentCode: ["msg:reference.validation.hasChildren"],
    });
    expect(await frameworkRow("ADMM_PLUS")).toEqual(before);
  });
});

describe("who may edit reference data", () => {
  it("is an admin only: planners and liaison officers get 'not found' from every function, and nothing changes", async () => {
    const [state, framework, text] = await Promise.all([stateRow("TH"), frameworkRow("ADMM"), keyAreaRow("K1")]);
    const counts = await tableCounts(database.url);
    for (const actor of [planner, liaison]) {
      const calls: Promise<unknown>[] = [
        reference.listReferenceData(actor),
        reference.listFrameworkParents(actor),
        reference.getNewFrameworkDefaults(actor),
        reference.getStateForEdit(actor, "TH"),
        reference.getFrameworkForEdit(actor, "ADMM"),
        reference.getReferenceTextForEdit(actor, "keyArea", "K1"),
        reference.updatePartnerState(actor, stateInput(state, { nameEn: "Kingdom of Thailand" })),
        reference.updateFramework(actor, {
          code: "ADMM",
          version: framework!.version,
          kind: "MINISTERIAL",
          nameEn: "x",
          nameJa: "x",
          parentCode: "",
          establishedOn: "",
          sortOrder: 1,
        }),
        reference.updateReferenceText(actor, { kind: "keyArea", code: "K1", version: text.version, titleEn: "x", titleJa: "x" }),
        reference.createFramework(actor, newFramework({ code: `BY_${actor.role}`, nameEn: `By ${actor.role}`, nameJa: actor.role })),
        // Not even the input is read: garbage gets the same answer.
        reference.updatePartnerState(actor, { nonsense: true }),
      ];
      for (const call of calls) expect(await rejection(call)).toBeInstanceOf(NotFoundError);
    }
    expect(await tableCounts(database.url)).toEqual(counts);
    expect(await stateRow("TH")).toEqual(state);
    expect(await frameworkRow("ADMM")).toEqual(framework);
    expect(await keyAreaRow("K1")).toEqual(text);
  });

  it("lists everything for an admin, in the portal's order", async () => {
    const data = await reference.listReferenceData(admin);
    expect(data.texts.end.map((row) => row.code)).toEqual(["E1", "E2"]);
    expect(data.texts.principle.map((row) => row.code)).toEqual(["H", "T", "O"]);
    expect(data.texts.means).toHaveLength(5);
    expect(data.frameworks[0]!.code).toBe("ADMM");
    expect(data.states[0]!.code).toBe("BN");
    expect(data.states.find((row) => row.code === "KH")?.nameEn).toBe("Kingdom of Cambodia");
  });
});
