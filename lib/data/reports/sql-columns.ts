// A report's columns defined once, as {key, SQL expression}: the CSV that PostgreSQL writes (COPY) and
// the batches read for XLSX and PDF are both generated from that one list, so the files cannot drift
// apart. Pure (no "server-only"): the benchmark builds its reference COPY from the same definition.
import { Prisma } from "@/generated/prisma/client";
import type { EnumLabel } from "@/lib/data/reports/types";
import type { ReportCell } from "@/lib/exports/cell";
import { neutralise } from "@/lib/exports/neutralise";

export interface ReportColumn {
  /** The header key: reports.columns.<report>.<key>. */
  key: string;
  /** The cell's value as text (NULL for an empty cell). */
  sql: Prisma.Sql;
  /**
   * "data": text from the database, which may start like a formula: the CSV query neutralises it in
   * SQL. "safe": text the query makes itself from labels already neutralised here (enumCase) or in a
   * fixed shape (FY labels, ISO dates). "number": an integer, a number cell in XLSX.
   */
  text: "data" | "safe" | "number";
}

/** The SQL form of lib/exports/neutralise.ts: a leading apostrophe before =, +, -, @, tab or CR. */
const FORMULA_START = [0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d].join(", ");

function csvCell(column: ReportColumn, value: Prisma.Sql): Prisma.Sql {
  // ascii() is the first character's code point (0 for ''): no copy of the text for the test. An
  // empty string is written as NULL, so that the CSV holds an empty cell rather than "".
  return column.text === "data"
    ? Prisma.sql`CASE WHEN ascii(${value}) IN (${Prisma.raw(FORMULA_START)}) THEN '''' || ${value} ELSE NULLIF(${value}, '') END`
    : value;
}

const alias = (i: number) => Prisma.raw(`c${i}`);

/** SELECT of the columns as c0..cn, then `rest` (FROM, WHERE, ORDER BY...). */
export function selectColumns(columns: readonly ReportColumn[], rest: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.join(
    columns.map((column, i) => Prisma.sql`${column.sql} AS ${alias(i)}`),
    ", ",
  )} ${rest}`;
}

/**
 * The CSV's rows: the columns' SELECT (ordered), with each data cell neutralised. OFFSET 0 keeps the
 * inner query a subquery, so that a column read twice by the neutralising CASE (a correlated
 * aggregate) is still computed once per row.
 */
export function csvSelect(columns: readonly ReportColumn[], rest: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.join(
    columns.map((column, i) => csvCell(column, Prisma.sql`r.${alias(i)}`)),
    ", ",
  )} FROM (${selectColumns(columns, rest)} OFFSET 0) r`;
}

/** A row read through selectColumns, as the XLSX and PDF writers take it (NULL as ""). */
export function cellsOf(columns: readonly ReportColumn[], row: Record<string, unknown>): ReportCell[] {
  const cells: ReportCell[] = new Array<ReportCell>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const value = row[`c${i}`];
    cells[i] = value === null || value === undefined ? "" : columns[i]!.text === "number" ? Number(value) : String(value);
  }
  return cells;
}

/** An enum column's labels in the reader's language, e.g. activityStatus.PLANNED -> "Planned". */
export function enumCase(
  value: Prisma.Sql,
  namespace: string,
  values: readonly string[],
  enumLabel: EnumLabel,
  { inCell = false }: { inCell?: boolean } = {},
): Prisma.Sql {
  // A label that starts a cell is neutralised here; one inside a cell's text is left to the cell's.
  const label = (v: string) => (inCell ? enumLabel(`${namespace}.${v}`) : neutralise(enumLabel(`${namespace}.${v}`)));
  return Prisma.sql`CASE ${value}::text ${Prisma.join(
    values.map((v) => Prisma.sql`WHEN ${v} THEN ${label(v)}`),
    " ",
  )} END`;
}
