import { signOutAction } from "@/app/actions/sign-out";
import { Shell } from "@/components/shell";
import { getActor } from "@/lib/auth/actor";

// The shell only: the actor is read to show who is signed in, never to decide access (pages and
// actions do that themselves; a layout does not re-run on client navigation).
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  return (
    <Shell actor={actor} signOutAction={signOutAction}>
      {children}
    </Shell>
  );
}
