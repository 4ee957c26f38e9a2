// The e2e server's database, for specs that check what a page shows against the records themselves.
import { Client } from "pg";
import { testDatabaseUrl } from "../../scripts/lib/test-database";

export async function dbQuery<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: testDatabaseUrl(process.env.E2E_DATABASE_NAME!) });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Ids of Viet Nam's bilateral activities, plans and needs: what liaison.ph must never see. */
export async function vietNamBilateral() {
  const ids = async (sql: string) => (await dbQuery<{ id: string }>(sql)).map((row) => row.id);
  return {
    activities: await ids(`SELECT a.id FROM "Activity" a JOIN "Program" p ON p.id = a."programId"
      WHERE p.kind = 'BILATERAL' AND EXISTS (SELECT 1 FROM "_ProgramPartnerStates" s WHERE s."B" = p.id AND s."A" = 'VN')`),
    titles: await ids(`SELECT a.title AS id FROM "Activity" a JOIN "Program" p ON p.id = a."programId"
      WHERE p.kind = 'BILATERAL' AND EXISTS (SELECT 1 FROM "_ProgramPartnerStates" s WHERE s."B" = p.id AND s."A" = 'VN')`),
    programs: await ids(
      `SELECT p.id FROM "Program" p WHERE p.kind = 'BILATERAL' AND EXISTS (SELECT 1 FROM "_ProgramPartnerStates" s WHERE s."B" = p.id AND s."A" = 'VN')`,
    ),
    needs: await ids(`SELECT id FROM "PartnerNeed" WHERE "stateCode" = 'VN'`),
  };
}
