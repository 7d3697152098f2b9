/**
 * QR codes as inline SVG, made by the optional peer `lean-qr` (loaded only when a receipt is rendered
 * with its QR codes).
 */

import { escapeHtml } from "../_internal/html.js";
import { TthcError } from "../errors.js";

/** Makes the SVG markup of a QR code of `text` (error correction M, quiet zone of 4 modules). */
export type QrSvgMaker = (text: string, label: string) => string;

let loading: Promise<QrSvgMaker> | undefined;

/** Loads `lean-qr` once; a bilingual `MISSING_DEPENDENCY` error says what to install if it is absent. */
export function loadQr(): Promise<QrSvgMaker> {
  loading ??= Promise.all([import("lean-qr"), import("lean-qr/extras/svg")]).then(
    ([qr, svg]) =>
      (text, label) => {
        const code = qr.generate(text, { minCorrectionLevel: qr.correction.M });
        const side = code.size + 8;
        return (
          `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${side} ${side}" shape-rendering="crispEdges" ` +
          `role="img" aria-label="${escapeHtml(label)}"><rect x="-4" y="-4" width="${side}" height="${side}" fill="#fff"/>` +
          `<path fill="#000" d="${svg.toSvgPath(code)}"/></svg>`
        );
      },
    () => {
      loading = undefined;
      throw new TthcError(
        "MISSING_DEPENDENCY",
        "the QR codes of the receipt need the package lean-qr: run `npm install lean-qr`, or pass the option qr: false",
        {
          path: ["options", "qr"],
          messageVi:
            "mã QR trên giấy tiếp nhận cần gói lean-qr: chạy `npm install lean-qr`, hoặc truyền tùy chọn qr: false",
        },
      );
    },
  );
  return loading;
}
