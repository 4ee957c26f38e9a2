/**
 * Who is signed in, as the header says it after "Signed in as": the name, then the role unless the
 * name already says it (the demo's "Philippines Liaison Officer" is not followed by "Liaison officer"),
 * then a liaison officer's state code.
 */
export function accountLine(name: string, roleLabel: string, stateCode: string | null): string {
  const sayRole = !name.toLocaleLowerCase().includes(roleLabel.toLocaleLowerCase());
  return `${name}${sayRole ? ` · ${roleLabel}` : ""}${stateCode ? ` (${stateCode})` : ""}`;
}
