import { notFound } from "next/navigation";

// Any URL that matches no route answers inside the portal's layout (app/(portal)/not-found.tsx, with the
// shell), so the root not-found page needs no shell of its own: the root's is sent, unrendered, with
// every page's RSC payload, and a shell there doubled the header's weight on each page.
export default function Missing(): never {
  notFound();
}
