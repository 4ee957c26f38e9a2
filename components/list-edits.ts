// The edits of a list of rows in a form (objectives, milestones, consultations...): change one,
// remove one, move one up or down, add one at the end. `change` applies an edit to the current rows.
export function listEdits<T>(change: (edit: (rows: T[]) => T[]) => void) {
  return {
    update: (index: number, patch: Partial<T>) => change((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row))),
    remove: (index: number) => change((rows) => rows.filter((_, i) => i !== index)),
    move: (index: number, by: -1 | 1) =>
      change((rows) => {
        const target = index + by;
        if (target < 0 || target >= rows.length) return rows;
        const copy = [...rows];
        [copy[index], copy[target]] = [copy[target]!, copy[index]!];
        return copy;
      }),
    add: (row: T) => change((rows) => [...rows, row]),
  };
}
