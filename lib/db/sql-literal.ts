// A Prisma.sql query as one statement with its values written in as literals, for COPY: PostgreSQL
// takes no bind parameters in COPY (query) TO STDOUT. Values are quoted by pg's escapeLiteral (the
// same quoting as libpq's PQescapeLiteral), never spliced as text; only the types a report passes
// are accepted. Pure, so that the benchmark builds its reference COPY from the same query.
import pg from "pg";
import type { Prisma } from "@/generated/prisma/client";

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(",")}]::text[]`;
  throw new Error(`inlineSql: a value of type ${typeof value} cannot be written as a literal`);
}

/** The query's text with $1..$n replaced by their values as SQL literals. */
export function inlineSql(query: Prisma.Sql): string {
  const { text, values } = query;
  let used = 0;
  const inlined = text.replace(/\$(\d+)/g, (_, n: string) => {
    used++;
    const index = Number(n) - 1;
    if (index < 0 || index >= values.length) throw new Error(`inlineSql: no value for $${n}`);
    return literal(values[index]);
  });
  if (used !== values.length) throw new Error(`inlineSql: ${values.length} values for ${used} placeholders`);
  return inlined;
}
