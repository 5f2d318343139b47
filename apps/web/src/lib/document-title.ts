import { useEffect } from "react";

/** Sets the document title to "<page> – <site>" while the page is shown. */
export function useDocumentTitle(page: string, site: string): void {
  useEffect(() => {
    document.title = page === site ? site : `${page} – ${site}`;
  }, [page, site]);
}
