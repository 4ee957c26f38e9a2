// Who is acting: the signed-in user as the server knows them (never as the client says).
export type Role = "ADMIN" | "PLANNER" | "LIAISON";

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** ISO alpha-2 code of a liaison officer's state; null for planners and admins. */
  stateCode: string | null;
}
