/** The page an annotation belongs to: its URL without the fragment (nor a `#:~:text=` directive). */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The address if it is a web page (http or https), for links built from stored or imported data; else undefined. */
export function webHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
