/**
 * Types of the `amlich` npm package (Hồ Ngọc Đức's astronomical algorithm, CommonJS, untyped),
 * used as the oracle of the lunar-calendar tests.
 */
declare module "amlich" {
  interface Amlich {
    /** Lunar date of Gregorian dd/mm/yyyy: `[day, month, year, leap (0 or 1)]`. */
    convertSolar2Lunar(dd: number, mm: number, yyyy: number, timeZone: number): [number, number, number, number];
    /** Gregorian date of a lunar date: `[dd, mm, yyyy]`, or `[0, 0, 0]` for a leap month the year lacks. */
    convertLunar2Solar(
      lunarDay: number,
      lunarMonth: number,
      lunarYear: number,
      lunarLeap: number,
      timeZone: number,
    ): [number, number, number];
    /** Julian Day Number of dd/mm/yyyy (Julian calendar before 1582-10-15). */
    jdFromDate(dd: number, mm: number, yyyy: number): number;
    /** `[dd, mm, yyyy]` of a Julian Day Number. */
    jdToDate(jd: number): [number, number, number];
  }
  const amlich: Amlich;
  export = amlich;
}
