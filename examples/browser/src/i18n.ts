// The page's words in Vietnamese (default) and English. Day names and labels of holidays come
// from tthc itself (DayInfo.label.vi / .en), so only the interface is translated here.
import type { Duration } from "tthc/deadline";

export type Lang = "vi" | "en";

export interface Words {
  readonly htmlLang: string;
  readonly locale: string;
  readonly title: string;
  readonly lead: string;
  readonly toggle: string;
  readonly procedure: string;
  readonly limit: string;
  readonly receivedAt: string;
  readonly dueHeading: string;
  readonly at: string;
  readonly skipped: (count: number) => string;
  readonly noneSkipped: string;
  readonly reasoning: string;
  readonly cutoff: (time: string) => string;
  readonly previousMonth: string;
  readonly nextMonth: string;
  readonly weekdays: readonly string[];
  readonly legend: Readonly<Record<"weekend" | "holiday" | "swap" | "makeupWorkday" | "receipt" | "due", string>>;
  readonly makeup: string;
  readonly channels: Readonly<Record<string, string>>;
  readonly sameDay: string;
  readonly units: Readonly<Record<Exclude<Duration["unit"], "sameDay">, string>>;
  readonly missingReceipt: string;
  readonly printReceipt: string;
  readonly popupBlocked: string;
  readonly footer: string;
}

export const WORDS: Readonly<Record<Lang, Words>> = {
  vi: {
    htmlLang: "vi",
    locale: "vi-VN",
    title: "Tính ngày hẹn trả kết quả",
    lead: "Chọn thủ tục hành chính và thời điểm tiếp nhận hồ sơ. Ngày hẹn được tính theo lịch làm việc của cơ quan nhà nước: bỏ qua thứ Bảy, Chủ nhật, ngày lễ, tết, nghỉ bù; tính cả ngày làm bù.",
    toggle: "English",
    procedure: "Thủ tục hành chính",
    limit: "Thời hạn giải quyết",
    receivedAt: "Thời điểm tiếp nhận (giờ Việt Nam)",
    dueHeading: "Ngày hẹn trả kết quả",
    at: "lúc",
    skipped: (count) => `Ngày nghỉ được bỏ qua (${count})`,
    noneSkipped: "Không có ngày nghỉ nào trong thời hạn.",
    reasoning: "Cách tính",
    cutoff: (time) => `Hồ sơ tiếp nhận sau ${time} được tính sang ngày làm việc tiếp theo.`,
    previousMonth: "‹ Tháng trước",
    nextMonth: "Tháng sau ›",
    weekdays: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
    legend: {
      weekend: "Nghỉ hằng tuần",
      holiday: "Nghỉ lễ, tết, nghỉ bù",
      swap: "Nghỉ hoán đổi",
      makeupWorkday: "Làm bù",
      receipt: "Ngày tiếp nhận",
      due: "Ngày hẹn trả",
    },
    makeup: "Làm bù",
    channels: { direct: "Trực tiếp", online: "Trực tuyến", postal: "Qua bưu chính" },
    sameDay: "Trong ngày",
    units: { workingDays: "ngày làm việc", workingHours: "giờ làm việc", calendarDays: "ngày" },
    missingReceipt: "Hãy nhập thời điểm tiếp nhận.",
    printReceipt: "In giấy tiếp nhận",
    popupBlocked: "Trình duyệt đã chặn cửa sổ in; hãy cho phép cửa sổ bật lên.",
    footer: "Tính bằng thư viện tthc ngay trong trình duyệt; không gửi dữ liệu đi đâu.",
  },
  en: {
    htmlLang: "en",
    locale: "en-GB",
    title: "Due date calculator",
    lead: "Pick an administrative procedure and the instant the dossier was received. The due date follows the working calendar of Vietnamese state agencies: Saturdays, Sundays, public holidays, Tết and compensatory days off are skipped; makeup Saturdays count.",
    toggle: "Tiếng Việt",
    procedure: "Administrative procedure",
    limit: "Time limit",
    receivedAt: "Received at (Vietnam time)",
    dueHeading: "Due date",
    at: "at",
    skipped: (count) => `Days off skipped (${count})`,
    noneSkipped: "No days off within the time limit.",
    reasoning: "How it was computed",
    cutoff: (time) => `Dossiers received after ${time} count from the next working day.`,
    previousMonth: "‹ Previous month",
    nextMonth: "Next month ›",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    legend: {
      weekend: "Weekly rest",
      holiday: "Holiday, Tết, compensatory day off",
      swap: "Swapped day off",
      makeupWorkday: "Makeup working day",
      receipt: "Received",
      due: "Due",
    },
    makeup: "Makeup day",
    channels: { direct: "In person", online: "Online", postal: "By post" },
    sameDay: "Same day",
    units: { workingDays: "working days", workingHours: "working hours", calendarDays: "calendar days" },
    missingReceipt: "Enter the receipt instant.",
    printReceipt: "Print the receipt",
    popupBlocked: "The browser blocked the print window; allow pop-ups for this page.",
    footer: "Computed by the tthc library right in your browser; no data leaves the page.",
  },
};

/** "3 ngày làm việc" / "3 working days" / "Trong ngày". */
export function formatLimit(limit: Duration, words: Words): string {
  return limit.unit === "sameDay" ? words.sameDay : `${limit.value} ${words.units[limit.unit]}`;
}
