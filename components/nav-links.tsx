"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import clsx from "clsx";

// A client component only to mark the current page (aria-current) as the user navigates.
export function NavLinks({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="bg-brand-700">
      <ul className="mx-auto flex max-w-7xl gap-1 relative overflow-x-auto px-2 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={isCurrent(link.href) ? "page" : undefined}
              className={clsx(
                "block whitespace-nowrap px-3 py-2 hover:bg-brand-600",
                isCurrent(link.href) && "bg-white font-medium text-brand-800 hover:bg-white",
              )}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
