import { getTranslations } from "next-intl/server";

/**
 * The header's search box: a plain GET form to /search (no script), labelled for screen readers. It is
 * on every page: its styles are one class (app/globals.css), not a utility string per element.
 */
export async function SearchBox() {
  const t = await getTranslations("search");
  return (
    <form action="/search" role="search" className="site-search">
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input id="site-search" name="q" type="search" maxLength={100} />
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
