// lib/db/join-tables.ts names Prisma's implicit join tables for raw SQL: each name, and which of its
// columns "A" and "B" points at which table, must be the database's own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOIN_TABLES } from "@/lib/db/join-tables";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;

beforeAll(async () => {
  database = await seededDatabase("join_tables");
});

afterAll(() => closeDatabase(database));

type ForeignKey = { table: string; column: string; refTable: string; refColumn: string };

describe("the join tables raw SQL names", () => {
  it("are every join table of the database, with each column referencing what the module says", async () => {
    const keys = await query<ForeignKey>(
      database.url,
      `SELECT tc.table_name AS "table", kcu.column_name AS "column", ccu.table_name AS "refTable", ccu.column_name AS "refColumn"
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() AND tc.table_name LIKE '\\_%'`,
    );
    const actual = keys.map((key) => `${key.table}.${key.column} -> ${key.refTable}.${key.refColumn}`).sort();
    const named = JOIN_TABLES.flatMap((join) =>
      Object.values(join.columns).map(({ column, references }) => `${join.name}.${column} -> ${references.table}.${references.column}`),
    ).sort();
    expect(named).toEqual(actual);
  });
});
