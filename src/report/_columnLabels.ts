/**
 * Private: the bilingual names of the processing report's columns, in one place, for every reader
 * who shows the report (the CLI's table, the HTML page of `tthc/report-html`). Never re-exported.
 */
import type { ProcessingRow } from "./createReportAccumulator.js";

/**
 * Column names, Vietnamese then English, in the order of `PROCESSING_COLUMNS`; each names its
 * group (tiếp nhận, đã giải quyết, đang giải quyết) as the report form of TT 01/2020/TT-VPCP does,
 * so that no two read alike.
 */
export const PROCESSING_COLUMN_LABELS: Readonly<Record<keyof ProcessingRow, readonly [string, string]>> = {
  key: ["Nhóm", "group"],
  received: ["Nhận giải quyết", "received"],
  carriedOver: ["Nhận: kỳ trước chuyển qua", "received: carried over"],
  newTotal: ["Nhận: mới trong kỳ", "received: new"],
  newOnline: ["Mới: trực tuyến", "new: online"],
  newDirect: ["Mới: trực tiếp", "new: in person"],
  newPostal: ["Mới: bưu chính", "new: postal"],
  resolved: ["Đã giải quyết", "resolved"],
  resolvedEarly: ["Đã giải quyết: trước hạn", "resolved: early"],
  resolvedOnTime: ["Đã giải quyết: đúng hạn", "resolved: on time"],
  resolvedLate: ["Đã giải quyết: quá hạn", "resolved: late"],
  pending: ["Đang giải quyết", "pending"],
  pendingWithinTime: ["Đang giải quyết: trong hạn", "pending: within time"],
  pendingOverdue: ["Đang giải quyết: quá hạn", "pending: overdue"],
  withdrawn: ["Rút hồ sơ", "withdrawn"],
  refused: ["Từ chối giải quyết", "refused"],
  stopped: ["Dừng xử lý", "stopped"],
  notCollected: ["Chưa nhận kết quả", "not collected"],
  onTimeRate: ["Tỷ lệ đúng hạn (%)", "on-time rate (%)"],
};
