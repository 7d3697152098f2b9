import { checkChoice } from "../_internal/checks.js";
import type { Duration } from "../deadline/index.js";
import { BIRTH_REGISTRATION } from "../models/fixtures/index.js";
import { Channel, type Procedure, type ProcedureInput, parseProcedure } from "../models/index.js";
import { readDuration } from "./_duration.js";

/**
 * Dựng thủ tục — an immutable builder of {@link Procedure} records for tests: each `with…` returns a
 * new builder, and `build()` goes through `parseProcedure`, so what it builds is valid.
 *
 * @example
 * ```ts
 * import { aProcedure } from "tthc/testing";
 * import type { ProcedureBuilder } from "tthc/testing";
 * const builder: ProcedureBuilder = aProcedure().withTimeLimit("5 workingDays");
 * builder.build().channels[0]?.timeLimit; // => { value: 5, unit: "workingDays" }
 * ```
 * @category Testing
 */
export interface ProcedureBuilder {
  /**
   * Starts again from another record, such as a fixture of `tthc/fixtures`.
   *
   * @param procedure - A procedure record.
   * @returns A new builder.
   */
  basedOn(procedure: Procedure | ProcedureInput): ProcedureBuilder;
  /**
   * Sets the time limit (thời hạn giải quyết) of every channel row, or of one channel.
   *
   * @param limit - `{ value, unit }` or text: `"3 workingDays"`, `"8 workingHours"`, `"20 calendarDays"`, `"sameDay"`, `"3 ngày làm việc"`.
   * @param channel - Only this channel's row.
   * @returns A new builder.
   * @throws {@link tthc!TthcError} `INVALID_OPTION` if `channel` is given but is not `direct`, `postal` or `online` (path `["channel"]`).
   */
  withTimeLimit(limit: Duration | string, channel?: Channel): ProcedureBuilder;
  /**
   * Sets or removes the same-day cut-off `HH:mm` (RULES CAL-20).
   *
   * @param cutoff - `"15:00"`, or `undefined` for none.
   * @returns A new builder.
   */
  withSameDayCutoff(cutoff: string | undefined): ProcedureBuilder;
  /**
   * Overrides fields of the record.
   *
   * @param fields - Fields of a {@link ProcedureInput}.
   * @returns A new builder.
   */
  with(fields: Partial<ProcedureInput>): ProcedureBuilder;
  /**
   * Validates and returns the record.
   *
   * @returns A parsed {@link Procedure}.
   * @throws `TthcError` `INVALID_PROCEDURE` if the fields make an invalid record.
   */
  build(): Procedure;
}

function builder(data: ProcedureInput): ProcedureBuilder {
  const next = (changes: Partial<ProcedureInput>) => builder(Object.freeze({ ...data, ...changes }) as ProcedureInput);
  return Object.freeze({
    basedOn: (procedure: Procedure | ProcedureInput) => builder(procedure as ProcedureInput),
    withTimeLimit(limit: Duration | string, channel?: Channel) {
      const timeLimit = readDuration(limit, ["timeLimit"]);
      // A channel that matches no row (`null`, a typo) would silently change nothing.
      if (channel !== undefined) checkChoice(channel, Channel.options, ["channel"]);
      return next({
        channels: data.channels.map((row) =>
          channel === undefined || row.channel === channel ? { ...row, timeLimit } : row,
        ),
      });
    },
    withSameDayCutoff(cutoff: string | undefined) {
      if (cutoff !== undefined) return next({ sameDayCutoff: cutoff });
      const { sameDayCutoff: _dropped, ...rest } = data;
      return builder(Object.freeze(rest) as ProcedureInput);
    },
    with: (fields: Partial<ProcedureInput>) => next(fields),
    build: () => parseProcedure(data),
  });
}

/**
 * Thủ tục mẫu cho kiểm thử — starts a {@link ProcedureBuilder} from the birth-registration fixture
 * (`BIRTH_REGISTRATION`, 1.001193: same day, 15:00 cut-off) or from the record given.
 *
 * @param base - The record to start from. @defaultValue `BIRTH_REGISTRATION`
 * @returns A builder; nothing is validated until `build()`.
 * @see `tthc/fixtures`
 * @example
 * ```ts
 * import { PRIVATE_ENTERPRISE_REGISTRATION } from "tthc/fixtures";
 * import { aProcedure } from "tthc/testing";
 * aProcedure().build().code; // => "1.001193"
 * const local = aProcedure(PRIVATE_ENTERPRISE_REGISTRATION).withTimeLimit("2 workingDays", "online").build();
 * local.channels.map((row) => row.timeLimit.value); // => [3, 3, 2]
 * aProcedure().withSameDayCutoff(undefined).build().sameDayCutoff; // => undefined
 * ```
 * @category Testing
 */
export function aProcedure(base: Procedure | ProcedureInput = BIRTH_REGISTRATION): ProcedureBuilder {
  return builder(base as ProcedureInput);
}
