/**
 * The style sheet of the printed forms: the layout of an administrative document as NĐ 30/2020/NĐ-CP
 * (Phụ lục I) sets it, in print and on screen. Rules reference: DOC-1 to DOC-11.
 */

/**
 * Times New Roman (DOC-3), then faces with the same metrics and Vietnamese glyphs that Linux
 * machines have (Tinos from fonts-croscore, Liberation Serif 2 from fonts-liberation2), then any
 * serif face. All local: the document loads no font.
 */
const FONTS = `"Times New Roman", Tinos, "Liberation Serif", "Nimbus Roman", "DejaVu Serif", serif`;

/** Margins of DOC-2, each at the low end of its range: top, right, bottom, left. */
const MARGINS = "20mm 15mm 20mm 30mm";

/** The style sheet for a portrait (letters, slips) or landscape (control slip, register) page. */
export function formStyle(landscape: boolean): string {
  const width = landscape ? "297mm" : "210mm";
  const height = landscape ? "210mm" : "297mm";
  return `@page { size: A4 ${landscape ? "landscape" : "portrait"}; margin: ${MARGINS};
  @top-center { content: counter(page); font: 13pt ${FONTS}; } }
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { margin: 0; font-family: ${FONTS}; font-size: 13pt; line-height: 1.25; }
.sheet { width: ${width}; min-height: ${height}; padding: ${MARGINS}; margin: 0 auto; background: #fff; }
@media screen {
  html { background: #d9d9d9; }
  .sheet { margin: 8mm auto; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.35); }
}
@media screen and (max-width: ${width}) {
  .sheet { width: auto; min-height: 0; padding: 6mm; margin: 0; }
}
@media print {
  .sheet { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
}
p { margin: 0 0 6pt; }
.formref { text-align: right; font-size: 10pt; font-style: italic; margin: 0 0 4pt; }
.translation { border: 1px solid #000; padding: 3pt 6pt; margin: 0 0 8pt; font-size: 11pt; font-style: italic; }
table.head { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.head td { vertical-align: top; text-align: center; padding: 0; }
table.head td.left { width: 40%; }
.parent, .agency, .nation { font-size: 12pt; margin: 0; }
.agency, .nation { font-weight: bold; }
.rule { display: block; width: 40%; margin: 1pt auto 0; border-top: 1px solid #000; }
.motto { display: inline-block; font-weight: bold; font-size: 13pt; padding-bottom: 1pt; border-bottom: 1px solid #000; }
.number { font-size: 13pt; padding-top: 6pt !important; }
.dateline { font-size: 13pt; font-style: italic; padding-top: 6pt !important; }
h1 { font-size: 14pt; font-weight: bold; text-align: center; margin: 14pt 0 2pt; }
.code { text-align: center; font-weight: bold; margin: 0 0 10pt; }
.addressee { text-align: center; margin: 4pt 0 10pt; }
.body p.indent { text-indent: 1cm; text-align: justify; }
.field b { font-weight: bold; }
.with-qr { display: flex; gap: 6mm; align-items: flex-start; }
.with-qr .fields { flex: 1; }
.qrs { display: flex; gap: 4mm; }
figure.qr { margin: 0; text-align: center; font-size: 9pt; width: 26mm; overflow-wrap: anywhere; }
figure.qr svg { display: block; width: 26mm; height: 26mm; }
ol.items { margin: 0 0 6pt; padding-left: 1cm; }
ol.items li { margin-bottom: 3pt; }
.closing { display: flex; justify-content: space-between; align-items: flex-start; gap: 8mm; margin-top: 12pt;
  break-inside: avoid; page-break-inside: avoid; }
.recipients { font-size: 11pt; flex: 0 0 42%; }
.recipients .label { font-size: 12pt; font-style: italic; font-weight: bold; margin: 0; }
.recipients p { margin: 0; }
.sign { text-align: center; flex: 0 0 50%; }
.sign.pair { flex: 0 0 46%; }
.sign .title { font-weight: bold; font-size: 13pt; margin: 0; }
.sign .hint { font-style: italic; margin: 0; }
.sign .space { height: 24mm; }
.sign .name { font-weight: bold; margin: 0; }
.address { margin-top: 14pt; border-top: 1px solid #000; padding-top: 2pt; font-size: 11pt; break-inside: avoid; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 11pt; margin-top: 6pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; overflow-wrap: anywhere; }
table.grid th { font-weight: bold; text-align: center; overflow-wrap: normal; }
table.grid td.n { text-align: center; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid tr.blank { height: 10mm; }
`;
}
