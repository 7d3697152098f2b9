/**
 * A date of the Vietnamese lunar calendar (ngày âm lịch).
 *
 * The lunar year is numbered as the Gregorian year in which its Tết (lunar 1/1) falls, so lunar
 * 12/2025 runs into January or February 2026.
 *
 * @example
 * ```ts
 * import { fromLunar, toLunar, type LunarDate } from "tthc/calendar";
 * const tet: LunarDate = { year: 2026, month: 1, day: 1, leap: false };
 * fromLunar(tet); // => "2026-02-17"
 * toLunar("2026-02-17"); // => { year: 2026, month: 1, day: 1, leap: false }
 * ```
 * @category Calendar
 */
export interface LunarDate {
  /** Lunar year (năm âm lịch), numbered as the Gregorian year of its Tết. */
  readonly year: number;
  /** Lunar month (tháng), 1–12. */
  readonly month: number;
  /** Day of the lunar month (ngày), 1–29 or 1–30. */
  readonly day: number;
  /** `true` in the leap month (tháng nhuận), the repeat of `month` that some years have. */
  readonly leap: boolean;
}

/**
 * The sexagenary name (can chi) of a lunar year: a heavenly stem (thiên can) and an earthly
 * branch (địa chi).
 *
 * @example
 * ```ts
 * import { canChi, type CanChi } from "tthc/calendar";
 * const name: CanChi = canChi(2026);
 * name.vi; // => "Bính Ngọ"
 * name.en; // => "Fire Horse"
 * ```
 * @category Calendar
 */
export interface CanChi {
  /** Vietnamese name, stem then branch: `"Bính Ngọ"`. */
  readonly vi: string;
  /** English name, element then animal: `"Fire Horse"`. */
  readonly en: string;
  /** Heavenly stem (can): Giáp, Ất, Bính, Đinh, Mậu, Kỷ, Canh, Tân, Nhâm or Quý. */
  readonly stem: string;
  /** Earthly branch (chi): Tý, Sửu, Dần, Mão, Thìn, Tỵ, Ngọ, Mùi, Thân, Dậu, Tuất or Hợi. */
  readonly branch: string;
}
