import { checkYear } from "./_checkYear.js";
import type { CanChi } from "./types.js";

const STEMS: readonly string[] = "Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý".split(" ");
const ELEMENTS: readonly string[] = "Wood Fire Earth Metal Water".split(" ");
const BRANCHES: readonly string[] = "Tý Sửu Dần Mão Thìn Tỵ Ngọ Mùi Thân Dậu Tuất Hợi".split(" ");
const ANIMALS: readonly string[] = "Rat Ox Tiger Cat Dragon Snake Horse Goat Monkey Rooster Dog Pig".split(" ");

/**
 * The sexagenary name of a lunar year, in Vietnamese and English.
 *
 * Âm lịch — tên năm theo can chi (thiên can + địa chi). The Vietnamese zodiac has the Cat (Mão)
 * where the Chinese one has the Rabbit. The name belongs to the lunar year, which starts at Tết:
 * January 2026 before Tết is still in the year Ất Tỵ.
 *
 * @param year - Lunar year, numbered as the Gregorian year of its Tết; an integer in 1900–2199.
 * @returns A new {@link CanChi}: `vi` (`"Bính Ngọ"`), `en` (element and animal, `"Fire Horse"`),
 *   `stem` and `branch`.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `year` is not an integer (path `["year"]`).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `year` is outside 1900–2199 (path `["year"]`).
 * @see Hồ Ngọc Đức, Lịch Việt Nam (astronomical method at UTC+7)
 * @example
 * ```ts
 * import { canChi } from "tthc/calendar";
 * canChi(2026); // => { vi: "Bính Ngọ", en: "Fire Horse", stem: "Bính", branch: "Ngọ" }
 * canChi(2023).vi; // => "Quý Mão"
 * canChi(2023).en; // => "Water Cat"
 * ```
 * @category Calendar
 */
export function canChi(year: number): CanChi {
  const y = checkYear(year, ["year"]);
  const stem = (y + 6) % 10; // 1984 was Giáp Tý: stem 0, branch 0
  const branch = (y + 8) % 12;
  const stemName = STEMS[stem]!;
  const branchName = BRANCHES[branch]!;
  return {
    vi: `${stemName} ${branchName}`,
    en: `${ELEMENTS[stem >> 1]!} ${ANIMALS[branch]!}`,
    stem: stemName,
    branch: branchName,
  };
}
