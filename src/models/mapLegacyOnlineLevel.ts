/**
 * Đổi mức độ cũ: legacy online levels 1–4 to the levels of NĐ 42/2022.
 */
import { checkKnownKeys, checkOptions, describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import { LegacyOnlineLevel, OnlineLevel } from "./procedure.js";

/**
 * Tùy chọn đổi mức độ — options of {@link mapLegacyOnlineLevel}.
 *
 * @example
 * ```ts
 * import type { MapLegacyOnlineLevelOptions } from "tthc/models";
 * const options: MapLegacyOnlineLevelOptions = { legacyLevelMap: { 1: "none", 2: "none", 3: "partial", 4: "partial" } };
 * ```
 * @category Models
 */
export interface MapLegacyOnlineLevelOptions {
  /**
   * Level for each legacy level.
   * @defaultValue `{ 1: "none", 2: "none", 3: "partial", 4: "full" }` ({@link DEFAULT_LEGACY_LEVEL_MAP})
   */
  readonly legacyLevelMap?: Readonly<Record<LegacyOnlineLevel, OnlineLevel>>;
}

/**
 * Bảng đổi mức độ mặc định — 4 → toàn trình (`full`), 3 → một phần (`partial`), 1–2 → no online
 * submission (`none`).
 *
 * @remarks UNCONFIRMED (RULES MOD-26): common reading, no legal text found.
 * @example
 * ```ts
 * import { DEFAULT_LEGACY_LEVEL_MAP } from "tthc/models";
 * DEFAULT_LEGACY_LEVEL_MAP[4]; // => "full"
 * ```
 * @see NĐ 43/2011/NĐ-CP Art. 3; NĐ 42/2022/NĐ-CP Art. 11(1) (RULES MOD-24 to MOD-26)
 * @category Models
 */
export const DEFAULT_LEGACY_LEVEL_MAP: Readonly<Record<LegacyOnlineLevel, OnlineLevel>> = Object.freeze({
  1: "none",
  2: "none",
  3: "partial",
  4: "full",
});

/**
 * Mức độ dịch vụ công trực tuyến — maps a legacy level 1–4 (NĐ 43/2011) to the online level of NĐ 42/2022:
 * toàn trình (`full`), một phần (`partial`) or `none`.
 *
 * @param level - Legacy level 1, 2, 3 or 4.
 * @param options - `legacyLevelMap` to replace the default mapping.
 * @returns The online level.
 * @throws {@link tthc!TthcError} `INVALID_ONLINE_LEVEL` if `level` is not 1–4 (path `["level"]`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `legacyLevelMap` lacks a level or maps it to something else than `full`, `partial` or `none` (path `["legacyLevelMap", level]`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `options` is not an object (`null` reads as none) or has a key other than `legacyLevelMap`, or `legacyLevelMap` has a key other than `1`–`4` or an entry that is not `full`, `partial` or `none` (path: the key).
 * @remarks The default mapping is UNCONFIRMED (RULES MOD-26), hence the option.
 * @see NĐ 43/2011/NĐ-CP Art. 3; TT 26/2009/TT-BTTTT; NĐ 42/2022/NĐ-CP Art. 11(1) (RULES MOD-24 to MOD-26)
 * @example
 * ```ts
 * import { mapLegacyOnlineLevel } from "tthc/models";
 * mapLegacyOnlineLevel(4); // => "full"
 * mapLegacyOnlineLevel(3); // => "partial"
 * mapLegacyOnlineLevel(2); // => "none"
 * mapLegacyOnlineLevel(4, { legacyLevelMap: { 1: "none", 2: "none", 3: "partial", 4: "partial" } }); // => "partial"
 * ```
 * @category Models
 */
export function mapLegacyOnlineLevel(level: LegacyOnlineLevel, options: MapLegacyOnlineLevelOptions = {}): OnlineLevel {
  if (!LegacyOnlineLevel.safeParse(level).success) {
    throw new TthcError("INVALID_ONLINE_LEVEL", `legacy online level must be 1, 2, 3 or 4, got ${describe(level)}`, {
      path: ["level"],
      messageVi: `mức độ dịch vụ công trực tuyến cũ phải là 1, 2, 3 hoặc 4, nhận được ${describe(level)}`,
      details: { value: level },
    });
  }
  // `null` options read as none (a tested choice); any other non-object, or an unknown key, is refused.
  const given = options === null ? undefined : checkOptions(options, ["legacyLevelMap"])["legacyLevelMap"];
  const map: unknown = given === undefined ? DEFAULT_LEGACY_LEVEL_MAP : given;
  if (typeof given === "object" && given !== null && !Array.isArray(given)) checkLevelMap(given);
  const mapped: unknown = typeof map === "object" && map !== null ? (map as Record<number, unknown>)[level] : undefined;
  if (!OnlineLevel.safeParse(mapped).success) {
    throw new TthcError("INVALID_OPTION", `legacyLevelMap[${level}] must be 'full', 'partial' or 'none'`, {
      path: ["legacyLevelMap", level],
      messageVi: `legacyLevelMap[${level}] phải là 'full', 'partial' hoặc 'none'`,
      details: { value: mapped },
    });
  }
  return mapped as OnlineLevel;
}

/** Every entry of a given map, not only the one asked for: a wrong entry is a mistake whatever the level. */
function checkLevelMap(map: object): void {
  checkKnownKeys(map, ["1", "2", "3", "4"], ["legacyLevelMap"]);
  for (const [key, mapped] of Object.entries(map)) {
    if (mapped !== undefined && !OnlineLevel.safeParse(mapped).success) {
      throw new TthcError("INVALID_OPTION", `legacyLevelMap[${key}] must be 'full', 'partial' or 'none'`, {
        path: ["legacyLevelMap", Number(key)],
        messageVi: `legacyLevelMap[${key}] phải là 'full', 'partial' hoặc 'none'`,
        details: { value: mapped },
      });
    }
  }
}
