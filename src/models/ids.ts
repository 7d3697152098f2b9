/**
 * Identifier schemas: each a branded string, so one code cannot stand in for another.
 * The `parse…` / `is…` / `format…` functions live in one file per identifier.
 */
import * as z from "zod";
import {
  AGENCY_CODE_RE,
  CITIZEN_ID_RE,
  DOSSIER_CODE_RE,
  PROCEDURE_CODE_RE,
  readDossierCode,
} from "../_internal/codes.js";
import { bilingual } from "../_internal/zodError.js";

/**
 * Mã định danh cơ quan — an agency identifier `V1V2V3.Z1Z2.Y1Y2.MX1X2` (e.g. `000.00.12.H26`).
 *
 * @example
 * ```ts
 * import { AgencyCode } from "tthc/models";
 * AgencyCode.safeParse("000.00.12.H26").success; // => true
 * AgencyCode.safeParse("000.00.12.h26").success; // => false
 * ```
 * @see QCVN 102:2016/BTTTT (TT 10/2016/TT-BTTTT) (RULES MOD-11, MOD-12)
 * @category Models
 */
export const AgencyCode = z
  .string()
  .regex(
    AGENCY_CODE_RE,
    bilingual(
      "expected an agency code NNN.NN.NN.XNN (QCVN 102:2016/BTTTT)",
      "cần mã định danh cơ quan dạng NNN.NN.NN.XNN (QCVN 102:2016/BTTTT)",
    ),
  )
  .brand<"AgencyCode">();
/**
 * Mã định danh cơ quan — branded string; see {@link AgencyCode}.
 * @category Models
 */
export type AgencyCode = z.infer<typeof AgencyCode>;

/**
 * Mã thủ tục hành chính — a procedure code `D.NNNNNN` with an optional local suffix
 * (`1.001193`, `1.000948.H38`). Opaque: the leading digit's meaning is unknown.
 *
 * @example
 * ```ts
 * import { ProcedureCode } from "tthc/models";
 * ProcedureCode.safeParse("1.000948.H38").success; // => true
 * ProcedureCode.safeParse("1.00948").success; // => false
 * ```
 * @see DVCQG and provincial records (RULES MOD-10)
 * @category Models
 */
export const ProcedureCode = z
  .string()
  .regex(
    PROCEDURE_CODE_RE,
    bilingual(
      "expected a procedure code D.NNNNNN with an optional .SUFFIX",
      "cần mã thủ tục hành chính dạng D.NNNNNN, có thể kèm hậu tố địa phương (.H38)",
    ),
  )
  .brand<"ProcedureCode">();
/**
 * Mã thủ tục hành chính — branded string; see {@link ProcedureCode}.
 * @category Models
 */
export type ProcedureCode = z.infer<typeof ProcedureCode>;

/**
 * Mã hồ sơ — a dossier code `<agency code>-YYMMDD-NNNN`: receiving agency, receipt date (20YY) and
 * the 4-digit sequence of that day (`000.00.12.H26-230915-0001`).
 *
 * @example
 * ```ts
 * import { DossierCode } from "tthc/models";
 * DossierCode.safeParse("000.00.12.H26-230915-0001").success; // => true
 * DossierCode.safeParse("000.00.12.H26-230231-0001").success; // => false
 * ```
 * @see TT 01/2018/TT-VPCP Art. 19; NĐ 61/2018/NĐ-CP Art. 26 (RULES MOD-14)
 * @category Models
 */
export const DossierCode = z
  .string()
  .regex(
    DOSSIER_CODE_RE,
    bilingual("expected a dossier code <agency>-YYMMDD-NNNN", "cần mã hồ sơ dạng <mã cơ quan>-YYMMDD-NNNN"),
  )
  .refine((text) => readDossierCode(text) !== undefined, {
    message: "expected a dossier code <agency>-YYMMDD-NNNN with a real date and a sequence 0001-9999",
    params: { vi: "cần mã hồ sơ dạng <mã cơ quan>-YYMMDD-NNNN với ngày có thật và số thứ tự 0001-9999" },
  })
  .brand<"DossierCode">();
/**
 * Mã hồ sơ — branded string; see {@link DossierCode}.
 * @category Models
 */
export type DossierCode = z.infer<typeof DossierCode>;

/**
 * Số định danh cá nhân (căn cước công dân, CCCD) — a 12-digit citizen identity number. The schema
 * checks the structure only; {@link parseCitizenId} takes a replacement validator.
 *
 * @remarks The 12-digit structure is UNCONFIRMED (RULES MOD-28); DECISIONS D-7 gives the default.
 * @example
 * ```ts
 * import { CitizenId } from "tthc/models";
 * CitizenId.safeParse("001203012345").success; // => true
 * CitizenId.safeParse("00120301234").success; // => false
 * ```
 * @see TT 07/2016/TT-BCA; TT 59/2021/TT-BCA (article not re-checked; DECISIONS D-7)
 * @category Models
 */
export const CitizenId = z
  .string()
  .regex(CITIZEN_ID_RE, bilingual("expected 12 digits", "cần đúng 12 chữ số"))
  .brand<"CitizenId">();
/**
 * Số định danh cá nhân — branded string; see {@link CitizenId}.
 * @category Models
 */
export type CitizenId = z.infer<typeof CitizenId>;
