"use client";

import { useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Menu, X } from "lucide-react";
import clsx from "clsx";

// A client component to mark the current page (aria-current) as the user navigates, and, on a phone,
// to fold the links behind a menu button rather than a row that scrolls sideways.
export interface NavLink {
  href: string;
  label: string;
  /** A count beside the label ("99+"), and what it means for a screen reader. */
  count?: string;
  countLabel?: string;
}

export function NavLinks({ label, menuLabel, links }: { label: string; menuLabel: string; links: NavLink[] }) {
  const pathname = usePathname();
  // Open on the page where it was opened: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  const current = links.find((link) => isCurrent(link.href));
  return (
    <nav aria-label={label} className="bg-brand-700">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="site-nav"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex w-full items-center gap-2 px-4 py-2 text-left text-sm md:hidden"
      >
        {open ? <X aria-hidden className="size-4" /> : <Menu aria-hidden className="size-4" />}
        <span>{menuLabel}</span>
        {current ? <span className="text-brand-100">· {current.label}</span> : null}
      </button>
      <ul
        id="site-nav"
        className={clsx(
          "mx-auto max-w-7xl flex-col px-2 pb-2 text-sm md:flex md:flex-row md:flex-wrap md:gap-1 md:pb-0",
          open ? "flex" : "hidden",
        )}
      >
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
              {link.count ? (
                <>
                  {" "}
                  <span aria-hidden className="nav-count" data-testid="nav-count">
                    {link.count}
                  </span>
                  <span className="sr-only">, {link.countLabel}</span>
                </>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
