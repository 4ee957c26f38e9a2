// A small label with a tone; its colours are the .badge-* styles of app/globals.css. Plain markup:
// usable from server and client components alike.

export type Tone = "neutral" | "info" | "good" | "warn" | "bad";

export function Badge({ children, variant = "neutral", title }: { children: React.ReactNode; variant?: Tone; title?: string }) {
  // No title prop at all when there is none: an undefined prop still travels in the RSC payload.
  return (
    <span className={`badge badge-${variant}`} {...(title ? { title } : {})}>
      {children}
    </span>
  );
}
