import { getTranslations } from "next-intl/server";

/** The header's search box: a plain GET form to /search (no script), labelled for screen readers. */
export async function SearchBox() {
  const t = await getTranslations("search");
  return (
    <form action="/search" method="get" role="search" className="flex items-center gap-1">
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={100}
        placeholder={t("placeholder")}
        className="w-36 rounded border border-white/40 bg-white/10 px-2 py-1 text-white placeholder:text-brand-100"
      />
      <button type="submit" className="rounded border border-white/40 px-2 py-1 hover:bg-white/10">
        {t("submit")}
      </button>
    </form>
  );
}
