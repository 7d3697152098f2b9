/**
 * Cấp mã hồ sơ: a dossier-code generator over an injected atomic daily counter.
 */

import { checkKnownKeys, describe } from "../_internal/checks.js";
import { AGENCY_CODE_RE } from "../_internal/codes.js";
import { civilFromDays, formatIsoDate } from "../_internal/epochDay.js";
import { TthcError } from "../errors.js";
import { instantToMs, vietnamDayOf } from "./_instant.js";
import type { IsoDate } from "./common.js";
import { formatDossierCode } from "./dossierCode.js";
import type { AgencyCode, DossierCode } from "./ids.js";

/**
 * Khóa bộ đếm — key of the daily counter: one sequence per receiving agency per receipt date.
 *
 * @example
 * ```ts
 * import type { DossierCounterKey } from "tthc/models";
 * const key = { agency: "000.00.12.H26", date: "2023-09-15" } as DossierCounterKey;
 * ```
 * @category Models
 */
export interface DossierCounterKey {
  /** Receiving agency. */
  readonly agency: AgencyCode;
  /** Receipt date in Asia/Ho_Chi_Minh. */
  readonly date: IsoDate;
}

/**
 * Bộ đếm hồ sơ — the host's atomic counter (a database sequence or `UPDATE … RETURNING`): each call
 * returns the next number, from 1, for its key.
 *
 * @example
 * ```ts
 * import type { DossierCounter } from "tthc/models";
 * const counts = new Map<string, number>();
 * const counter: DossierCounter = async ({ agency, date }) => {
 *   const next = (counts.get(`${agency}|${date}`) ?? 0) + 1;
 *   counts.set(`${agency}|${date}`, next);
 *   return next;
 * };
 * ```
 * @category Models
 */
export type DossierCounter = (key: DossierCounterKey) => Promise<number>;

/**
 * Tùy chọn cấp mã hồ sơ — options of {@link createDossierCodeGenerator}.
 *
 * @example
 * ```ts
 * import type { DossierCodeGeneratorOptions } from "tthc/models";
 * const options: DossierCodeGeneratorOptions = { agency: "000.00.12.H26", counter: async () => 1 };
 * ```
 * @category Models
 */
export interface DossierCodeGeneratorOptions {
  /** Mã định danh of the receiving agency (the one-stop desk that takes dossiers in). */
  readonly agency: AgencyCode | string;
  /** Atomic daily counter, see {@link DossierCounter}. */
  readonly counter: DossierCounter;
  /**
   * How many more times to call the counter when it returns a sequence this generator already issued
   * for that day (a counter that is not atomic).
   * @defaultValue 10
   */
  readonly maxCounterRetries?: number;
  /**
   * How many receipt dates the generator remembers (issued sequences and dossier ids); the oldest
   * date is forgotten first.
   * @defaultValue 31
   */
  readonly retainDays?: number;
}

/**
 * Tùy chọn mặc định — defaults of {@link DossierCodeGeneratorOptions}.
 *
 * @example
 * ```ts
 * import { DEFAULT_DOSSIER_CODE_GENERATOR_OPTIONS } from "tthc/models";
 * DEFAULT_DOSSIER_CODE_GENERATOR_OPTIONS.maxCounterRetries; // => 10
 * ```
 * @category Models
 */
export const DEFAULT_DOSSIER_CODE_GENERATOR_OPTIONS = Object.freeze({ maxCounterRetries: 10, retainDays: 31 });

/**
 * Bộ cấp mã hồ sơ — a dossier-code generator for one receiving agency; see {@link createDossierCodeGenerator}.
 *
 * @example
 * ```ts
 * import type { DossierCodeGenerator } from "tthc/models";
 * type Generate = DossierCodeGenerator["generate"];
 * ```
 * @category Models
 */
export interface DossierCodeGenerator {
  /** The receiving agency whose codes it makes. */
  readonly agency: AgencyCode;
  /**
   * Gives the dossier `dossierId` its code, from its receipt instant. A second call with the same id
   * returns the same code (the same promise) and does not call the counter again.
   *
   * @param dossierId - The host's own, stable id of the dossier.
   * @param receivedAt - Receipt instant (tiếp nhận): ISO date-time with offset, or a `Date`.
   */
  generate(dossierId: string, receivedAt: string | Date): Promise<DossierCode>;
}

function optionError(message: string, messageVi: string, path: (string | number)[], value: unknown): TthcError {
  return new TthcError("INVALID_OPTION", message, { path, messageVi, details: { value } });
}

function wholeOption(value: unknown, fallback: number, min: number, key: string): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && Number.isInteger(value) && value >= min) return value;
  throw optionError(
    `${key} must be a whole number ≥ ${min}, got ${describe(value)}`,
    `${key} phải là số nguyên ≥ ${min}, nhận được ${describe(value)}`,
    [key],
    value,
  );
}

/**
 * Cấp mã hồ sơ — creates a dossier-code generator: `<agency>-YYMMDD-NNNN`, where the date is the receipt
 * date in Asia/Ho_Chi_Minh and `NNNN` the next value of the host's atomic counter for that agency
 * and date.
 *
 * A code is made once per dossier and never regenerated (RULES MOD-16): the generator memoises by
 * `dossierId`, so a retried or concurrent call for the same dossier gets the same code and the counter
 * is not called again. If the counter returns a sequence this generator already issued that day, it
 * asks again (up to `maxCounterRetries` times), so one generator never repeats a code even over a
 * counter that races. The memory is in this value only and kept for the last `retainDays` receipt
 * dates: persist the code with the dossier, and across processes rely on the counter's atomicity.
 * A failed generation (counter error, overflow) is not memoised and may be retried.
 *
 * @param options - Agency, counter and limits; see {@link DossierCodeGeneratorOptions}.
 * @returns A {@link DossierCodeGenerator}. Its `generate` rejects with a {@link tthc!TthcError}:
 * `INVALID_DOSSIER` for an empty `dossierId` (path `["dossierId"]`), `INVALID_INSTANT` for a bad
 * `receivedAt` (path `["receivedAt"]`), `OUT_OF_RANGE` for a receipt year outside 2000–2099
 * (path `["receivedAt"]`), `INVALID_OPTION` when the counter returns something other than a whole
 * number ≥ 1 (path `["counter"]`), `DOSSIER_SEQUENCE_OVERFLOW` above 9999 (path `["counter"]`) and
 * `DOSSIER_CODE_CONFLICT` when the counter keeps returning issued sequences (path `["counter"]`).
 * @throws {@link tthc!TthcError} `INVALID_AGENCY_CODE` if `options.agency` is not an agency code (path `["agency"]`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `options` is not an object (path `[]`), has an unknown key (path: the key), `counter` is not a function or a limit is not a whole number (path `["counter"]`, `["maxCounterRetries"]`, `["retainDays"]`).
 * @remarks The overflow above 9999 (RULES MOD-15) and generating at acceptance, not at online
 * submission (MOD-16, pass the acceptance instant as `receivedAt`), are practice, not law.
 * @see TT 01/2018/TT-VPCP Art. 19; NĐ 61/2018/NĐ-CP Art. 26 (RULES MOD-14 to MOD-16)
 * @example
 * ```ts
 * import { createDossierCodeGenerator } from "tthc/models";
 * let last = 0;
 * const generator = createDossierCodeGenerator({ agency: "000.00.12.H26", counter: async () => ++last });
 * await generator.generate("dossier-1", "2023-09-15T09:00:00+07:00"); // => "000.00.12.H26-230915-0001"
 * await generator.generate("dossier-1", "2023-09-15T09:00:00+07:00"); // => "000.00.12.H26-230915-0001"
 * await generator.generate("dossier-2", "2023-09-14T17:30:00Z"); // => "000.00.12.H26-230915-0002"
 * ```
 * @category Models
 */
export function createDossierCodeGenerator(options: DossierCodeGeneratorOptions): DossierCodeGenerator {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw optionError(
      `expected { agency, counter }, got ${describe(options)}`,
      `cần { agency, counter }, nhận được ${describe(options)}`,
      [],
      options,
    );
  }
  checkKnownKeys(options, ["agency", "counter", "maxCounterRetries", "retainDays"]);
  const { counter } = options;
  if (typeof options.agency !== "string" || !AGENCY_CODE_RE.test(options.agency)) {
    throw new TthcError("INVALID_AGENCY_CODE", `${describe(options.agency)} is not an agency code NNN.NN.NN.XNN`, {
      path: ["agency"],
      messageVi: `${describe(options.agency)} không phải mã định danh cơ quan dạng NNN.NN.NN.XNN`,
      details: { value: options.agency },
    });
  }
  if (typeof counter !== "function") {
    throw optionError(
      "counter must be a function (key) => Promise<number>",
      "counter phải là hàm (key) => Promise<number>",
      ["counter"],
      counter,
    );
  }
  const agency = options.agency as AgencyCode;
  const defaults = DEFAULT_DOSSIER_CODE_GENERATOR_OPTIONS;
  const maxRetries = wholeOption(options.maxCounterRetries, defaults.maxCounterRetries, 0, "maxCounterRetries");
  const retainDays = wholeOption(options.retainDays, defaults.retainDays, 1, "retainDays");

  /** Sequences issued per receipt date, in insertion order (oldest first). */
  const issuedByDate = new Map<IsoDate, Set<number>>();
  /** Code (promise) per dossier id, with its date for eviction. */
  const byDossier = new Map<string, { readonly date: IsoDate; readonly code: Promise<DossierCode> }>();

  function remember(date: IsoDate): Set<number> {
    let used = issuedByDate.get(date);
    if (used === undefined) {
      used = new Set();
      issuedByDate.set(date, used);
      while (issuedByDate.size > retainDays) {
        const oldest = issuedByDate.keys().next().value as IsoDate;
        issuedByDate.delete(oldest);
        for (const [id, entry] of byDossier) if (entry.date === oldest) byDossier.delete(id);
      }
    }
    return used;
  }

  async function issue(date: IsoDate): Promise<DossierCode> {
    const key: DossierCounterKey = Object.freeze({ agency, date });
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      const sequence: unknown = await counter(key);
      if (typeof sequence !== "number" || !Number.isInteger(sequence) || sequence < 1) {
        throw new TthcError("INVALID_OPTION", `the counter returned ${describe(sequence)}, not a whole number ≥ 1`, {
          path: ["counter"],
          messageVi: `bộ đếm trả về ${describe(sequence)}, không phải số nguyên ≥ 1`,
          details: { value: sequence, agency, date },
        });
      }
      if (sequence > 9999) {
        throw new TthcError(
          "DOSSIER_SEQUENCE_OVERFLOW",
          `dossier ${sequence} of ${date} at ${agency} does not fit the 4-digit daily sequence`,
          {
            path: ["counter"],
            messageVi: `hồ sơ thứ ${sequence} ngày ${date} tại ${agency} vượt quá 9999 hồ sơ một ngày`,
            details: { sequence, agency, date },
          },
        );
      }
      // Checked and recorded with no await in between, so concurrent calls cannot both take it.
      const used = remember(date);
      if (!used.has(sequence)) {
        used.add(sequence);
        return formatDossierCode({ agency, date, sequence });
      }
    }
    throw new TthcError(
      "DOSSIER_CODE_CONFLICT",
      `the counter returned already issued sequences ${maxRetries + 1} times for ${agency} on ${date}`,
      {
        path: ["counter"],
        messageVi: `bộ đếm trả về số thứ tự đã cấp ${maxRetries + 1} lần cho ${agency} ngày ${date}`,
        details: { agency, date },
      },
    );
  }

  function generate(dossierId: string, receivedAt: string | Date): Promise<DossierCode> {
    if (typeof dossierId !== "string" || dossierId.length === 0) {
      return Promise.reject(
        new TthcError("INVALID_DOSSIER", `dossierId must be a non-empty string, got ${describe(dossierId)}`, {
          path: ["dossierId"],
          messageVi: `dossierId phải là chuỗi khác rỗng, nhận được ${describe(dossierId)}`,
        }),
      );
    }
    const known = byDossier.get(dossierId);
    if (known !== undefined) return known.code;
    let date: IsoDate;
    try {
      const day = vietnamDayOf(instantToMs(receivedAt, ["receivedAt"]));
      const year = civilFromDays(day)[0];
      if (year < 2000 || year > 2099) {
        throw new TthcError("OUT_OF_RANGE", `a dossier code holds receipt years 2000-2099 only, got ${year}`, {
          path: ["receivedAt"],
          messageVi: `mã hồ sơ chỉ biểu diễn được năm tiếp nhận 2000-2099, nhận được ${year}`,
          details: { value: receivedAt },
        });
      }
      date = formatIsoDate(day) as IsoDate;
    } catch (error) {
      return Promise.reject(error);
    }
    const code = issue(date);
    byDossier.set(dossierId, { date, code });
    // A failed generation issued no code: forget it so the caller may retry.
    code.catch(() => {
      if (byDossier.get(dossierId)?.code === code) byDossier.delete(dossierId);
    });
    return code;
  }

  return Object.freeze({ agency, generate });
}
