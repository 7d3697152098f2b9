/**
 * Value schemas shared by the procedure, dossier, agency and rule-set records: dates, instants,
 * times of day, channels, time limits and legal bases.
 */

import * as z from "zod";
import { parseInstantMs } from "../_internal/instant.js";
import { DURATION_UNITS } from "../deadline/duration.js";

/**
 * Ngày — a calendar date `YYYY-MM-DD` known to exist (`2025-02-29` is refused).
 *
 * @example
 * ```ts
 * import { IsoDate } from "tthc/models";
 * IsoDate.safeParse("2025-02-29").success; // => false
 * IsoDate.parse("2024-02-29"); // => "2024-02-29"
 * ```
 * @category Models
 */
export const IsoDate = z.iso.date().brand<"IsoDate">();
/**
 * Ngày — a branded `YYYY-MM-DD` string; see {@link IsoDate}.
 * @category Models
 */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * Thời điểm — an instant as an ISO 8601 date-time with seconds and an offset
 * (`2025-07-01T08:30:00+07:00` or `…Z`). Read in Asia/Ho_Chi_Minh wherever a date is taken from it.
 *
 * @example
 * ```ts
 * import { Instant } from "tthc/models";
 * Instant.safeParse("2025-07-01T08:30:00+07:00").success; // => true
 * Instant.safeParse("2025-07-01T08:30:00").success; // => false
 * ```
 * @see RULES CAL-15 (every instant is converted to Asia/Ho_Chi_Minh)
 * @category Models
 */
export const Instant = z.iso.datetime({ offset: true }).check((ctx) => {
  // The ISO shape alone lets `+14:59` and 30 February through: read it as the library reads every
  // instant (offsets −12:00…+14:00, real dates).
  if (Number.isNaN(parseInstantMs(ctx.value))) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: "expected a real date and time with an offset from -12:00 to +14:00",
      params: { vi: "cần ngày giờ có thật, múi giờ từ -12:00 đến +14:00" },
    });
  }
});
/**
 * Thời điểm — an ISO date-time string with an offset; see {@link Instant}.
 * @category Models
 */
export type Instant = z.infer<typeof Instant>;

/**
 * Giờ trong ngày — a time of day `HH:mm` (00:00–23:59), such as a same-day cut-off.
 *
 * @example
 * ```ts
 * import { TimeOfDay } from "tthc/models";
 * TimeOfDay.safeParse("15:00").success; // => true
 * TimeOfDay.safeParse("24:00").success; // => false
 * ```
 * @category Models
 */
export const TimeOfDay = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "expected a time of day HH:mm");
/**
 * Giờ trong ngày — `HH:mm`; see {@link TimeOfDay}.
 * @category Models
 */
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/**
 * Kênh nộp hồ sơ — how a dossier is submitted or a result returned: trực tiếp (`direct`), dịch vụ bưu
 * chính công ích (`postal`) or trực tuyến (`online`).
 *
 * @example
 * ```ts
 * import { Channel } from "tthc/models";
 * Channel.options; // => ["direct", "postal", "online"]
 * ```
 * @see NĐ 61/2018/NĐ-CP and DVCQG records (RULES MOD-22)
 * @category Models
 */
export const Channel = z.enum(["direct", "postal", "online"]);
/**
 * Kênh nộp hồ sơ — `'direct' | 'postal' | 'online'`; see {@link Channel}.
 * @category Models
 */
export type Channel = z.infer<typeof Channel>;

const WHOLE_UNITS: ReadonlySet<string> = new Set(["workingDays", "calendarDays"]);

/**
 * Thời hạn giải quyết — a time limit `{ value, unit }`, never a bare number. Units are those of
 * `tthc/deadline` (`workingDays`, `workingHours`, `calendarDays`, `sameDay`; "trong ngày" = `sameDay`
 * with value 1). Day units take whole numbers; working hours take whole minutes.
 *
 * @example
 * ```ts
 * import { TimeLimit } from "tthc/models";
 * TimeLimit.parse({ value: 20, unit: "workingDays" }); // => { value: 20, unit: "workingDays" }
 * TimeLimit.safeParse({ value: 2, unit: "sameDay" }).success; // => false
 * ```
 * @see RULES DL-1 (DVCQG records); DECISIONS D-2 (`sameDay`)
 * @category Models
 */
export const TimeLimit = z
  .strictObject({
    /** Amount in `unit`: whole days, hours in whole minutes, or 1 for `sameDay`. */
    value: z.number().nonnegative(),
    /** Đơn vị — working days, working hours, calendar days or same day. */
    unit: z.enum(DURATION_UNITS),
  })
  .check((ctx) => {
    const limit = ctx.value;
    if (WHOLE_UNITS.has(limit.unit) && !Number.isInteger(limit.value)) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: `${limit.unit} must be a whole number`,
        path: ["value"],
        params: { vi: `${limit.unit} phải là số nguyên` },
      });
    } else if (limit.unit === "sameDay" && limit.value !== 1) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: "a sameDay limit has value 1",
        path: ["value"],
        params: { vi: "thời hạn trong ngày (sameDay) có giá trị 1" },
      });
    } else if (limit.unit === "workingHours" && Math.abs(limit.value * 60 - Math.round(limit.value * 60)) > 1e-9) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: "workingHours must be whole minutes",
        path: ["value"],
        params: { vi: "số giờ làm việc phải tròn phút" },
      });
    }
  });
/**
 * Thời hạn giải quyết — `{ value, unit }`; see {@link TimeLimit}.
 * @category Models
 */
export type TimeLimit = z.infer<typeof TimeLimit>;

/**
 * Căn cứ pháp lý — one legal text: document number, optional title, issue date and articles.
 *
 * @example
 * ```ts
 * import { LegalBasis } from "tthc/models";
 * LegalBasis.parse({ document: "60/2014/QH13", title: "Luật Hộ tịch", articles: ["Điều 16"] }).document; // => "60/2014/QH13"
 * ```
 * @see NĐ 63/2010/NĐ-CP Art. 8(2), as amended by NĐ 92/2017/NĐ-CP (RULES MOD-1)
 * @category Models
 */
export const LegalBasis = z.strictObject({
  /** Số ký hiệu — document number, e.g. `"123/2015/NĐ-CP"`. */
  document: z.string().min(1),
  /** Trích yếu / tên văn bản — title, e.g. `"Luật Hộ tịch"`. */
  title: z.string().min(1).optional(),
  /** Ngày ban hành — date of issue. */
  issuedOn: IsoDate.optional(),
  /** Điều, khoản — articles relied on, e.g. `["Điều 16"]`. */
  articles: z.array(z.string().min(1)).optional(),
  /** What could not be verified about this reference, if anything. */
  note: z.string().min(1).optional(),
});
/**
 * Căn cứ pháp lý — see {@link LegalBasis}.
 * @category Models
 */
export type LegalBasis = z.infer<typeof LegalBasis>;

/**
 * Nguồn — where a record's data was read (a catalogue page, a legal text, a press report).
 *
 * @example
 * ```ts
 * import { Source } from "tthc/models";
 * Source.parse({ title: "DVCQG" }).title; // => "DVCQG"
 * ```
 * @category Models
 */
export const Source = z.strictObject({
  /** What the source is. */
  title: z.string().min(1),
  /** Address, where it has one. */
  url: z.url().optional(),
});
/**
 * Nguồn — see {@link Source}.
 * @category Models
 */
export type Source = z.infer<typeof Source>;
