/**
 * Private HTML helpers shared by the modules that write HTML documents (`tthc/forms-html`,
 * `tthc/report-html`): one escape for every piece of data, one document shell. Never re-exported.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content AND for a quoted attribute value: `& < > " '` become
 * entities. Every piece of data written into a document goes through this, so that a name like
 * `<img src=x onerror=alert(1)>` prints as text. Not enough for unquoted attributes, URLs in `href`
 * (check the scheme first) or text inside `<script>` / `<style>` (see {@link escapeScriptText}).
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/**
 * Makes text safe inside a `<script>` or `<style>` element (raw text: entities are not decoded
 * there): every `<` becomes `\u003c`, so neither `</script>` nor `<!--` can end or change the
 * element. Valid in JavaScript and JSON strings; in CSS write no `<` in the first place.
 */
export function escapeScriptText(value: string): string {
  return value.replace(/</g, "\\u003c");
}

/** What {@link htmlDocument} puts together. */
export interface HtmlDocumentParts {
  /** Language of the page (`vi`, `en`): the `lang` attribute, for fonts, hyphenation and screen readers. */
  readonly lang: string;
  /** Title of the page (plain text; escaped here). */
  readonly title: string;
  /** Style sheet (trusted text written by the library; a `<` in it is refused). */
  readonly css: string;
  /** Body markup (already escaped by the caller). */
  readonly body: string;
  /** Trusted inline script (written by the library, data already passed through {@link escapeScriptText}). */
  readonly script?: string;
}

/**
 * A complete, self-contained HTML document: UTF-8, viewport, title, one inline style sheet, the
 * body and an optional inline script. A Content-Security-Policy `<meta>` allows no network
 * resource at all (no fetch, font, image or frame from anywhere; images only as `data:`), and
 * scripts only when `script` is given — so even a mistake in escaping cannot load or run anything.
 */
export function htmlDocument(parts: HtmlDocumentParts): string {
  if (parts.css.includes("<")) throw new Error("internal: '<' in a style sheet");
  const scriptSrc = parts.script === undefined ? "'none'" : "'unsafe-inline'";
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptSrc}; base-uri 'none'; form-action 'none'`;
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(parts.lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(parts.title)}</title>\n<style>\n${parts.css}\n</style>\n</head>\n<body>\n${parts.body}\n` +
    (parts.script === undefined ? "" : `<script>\n${parts.script}\n</script>\n`) +
    "</body>\n</html>\n"
  );
}
