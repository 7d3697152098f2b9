/**
 * Hồ sơ — a dossier received under the one-stop mechanism, as a zod schema that is also its type.
 */
import * as z from "zod";
import { readDossierCode } from "../_internal/codes.js";
import { formatIsoDate } from "../_internal/epochDay.js";
import { isTthcError } from "../errors.js";
import { vietnamDayOf } from "./_instant.js";
import { Channel, Instant, IsoDate, TimeLimit } from "./common.js";
import { AgencyCode, CitizenId, DossierCode, ProcedureCode } from "./ids.js";
import { VietnameseText } from "./procedure.js";
import { RuleSetId } from "./ruleSet.js";
import { ruleSetFor } from "./ruleSetFor.js";
import { DossierStatus, statusesWhere } from "./status.js";

/**
 * Địa chỉ — an address line with the province and commune unit codes where known.
 *
 * @example
 * ```ts
 * import { Address } from "tthc/models";
 * Address.parse({ line: "Số 1, phường Ba Đình, Hà Nội" }).line; // => "Số 1, phường Ba Đình, Hà Nội"
 * ```
 * @see Mẫu 01, TT 01/2018/TT-VPCP (RULES MOD-20)
 * @category Models
 */
export const Address = z.strictObject({
  /** Địa chỉ as written. */
  line: VietnameseText,
  /** Mã đơn vị hành chính cấp tỉnh. */
  provinceCode: z.string().regex(/^\d+$/).optional(),
  /** Mã đơn vị hành chính cấp xã. */
  communeCode: z.string().regex(/^\d+$/).optional(),
});
/**
 * Địa chỉ — see {@link Address}.
 * @category Models
 */
export type Address = z.infer<typeof Address>;

/**
 * Giấy tờ tùy thân — an identity document other than (or besides) the citizen number.
 *
 * @example
 * ```ts
 * import { IdDocument } from "tthc/models";
 * IdDocument.parse({ type: "passport", number: "C1234567" }).type; // => "passport"
 * ```
 * @see RULES MOD-20, MOD-28
 * @category Models
 */
export const IdDocument = z.strictObject({
  /** Loại giấy tờ. */
  type: z.enum(["citizenId", "identityCard", "passport", "other"]),
  /** Số giấy tờ. */
  number: z.string().min(1),
});
/**
 * Giấy tờ tùy thân — see {@link IdDocument}.
 * @category Models
 */
export type IdDocument = z.infer<typeof IdDocument>;

const contact = {
  /** Địa chỉ. */
  address: Address.optional(),
  /** Số điện thoại. */
  phone: z.string().min(1).optional(),
  /** Thư điện tử. */
  email: z.email().optional(),
};

/**
 * Người nộp hồ sơ — the applicant: a citizen (cá nhân, `kind: 'citizen'`) or an organisation
 * (tổ chức, `kind: 'organisation'`).
 *
 * @example
 * ```ts
 * import { Applicant } from "tthc/models";
 * Applicant.parse({ kind: "citizen", name: "Nguyễn Văn A", citizenId: "001090000001" }).kind; // => "citizen"
 * ```
 * @see Mẫu 01, TT 01/2018/TT-VPCP (RULES MOD-20)
 * @category Models
 */
export const Applicant = z.discriminatedUnion("kind", [
  z.strictObject({
    /** Cá nhân. */
    kind: z.literal("citizen"),
    /** Họ và tên. */
    name: VietnameseText,
    /** Số định danh cá nhân. */
    citizenId: CitizenId.optional(),
    /** Other identity document. */
    idDocument: IdDocument.optional(),
    ...contact,
  }),
  z.strictObject({
    /** Tổ chức. */
    kind: z.literal("organisation"),
    /** Tên tổ chức. */
    name: VietnameseText,
    /** Mã số doanh nghiệp / mã số thuế. */
    enterpriseCode: z
      .string()
      .regex(/^\d{10}(?:-\d{3})?$/, "expected a 10-digit code, optionally -NNN")
      .optional(),
    /** Người đại diện theo pháp luật. */
    representative: VietnameseText.optional(),
    ...contact,
  }),
]);
/**
 * Người nộp hồ sơ — see {@link Applicant}.
 * @category Models
 */
export type Applicant = z.infer<typeof Applicant>;

/**
 * Người được ủy quyền — a person acting for the applicant, with the authorisation's reference.
 *
 * @example
 * ```ts
 * import { Delegate } from "tthc/models";
 * Delegate.parse({ name: "Trần Thị B", authorisation: "Giấy ủy quyền số 12/2025" }).name; // => "Trần Thị B"
 * ```
 * @see RULES WF-11, MOD-20
 * @category Models
 */
export const Delegate = z.strictObject({
  /** Họ và tên. */
  name: VietnameseText,
  /** Số định danh cá nhân. */
  citizenId: CitizenId.optional(),
  /** Văn bản ủy quyền — reference of the authorisation. */
  authorisation: z.string().min(1).optional(),
});
/**
 * Người được ủy quyền — see {@link Delegate}.
 * @category Models
 */
export type Delegate = z.infer<typeof Delegate>;

/**
 * Thành phần hồ sơ đã nộp — a document the applicant supplied, pointing to the procedure component.
 *
 * @example
 * ```ts
 * import { SuppliedComponent } from "tthc/models";
 * SuppliedComponent.parse({ componentId: "birth-certificate", name: "Giấy chứng sinh", originals: 1, copies: 0 }).originals; // => 1
 * ```
 * @see Mẫu 01 (RULES MOD-20)
 * @category Models
 */
export const SuppliedComponent = z.strictObject({
  /** Id of the procedure's `DossierComponent` (`Procedure.components[].id`). */
  componentId: z.string().min(1).optional(),
  /** Tên giấy tờ. */
  name: VietnameseText,
  /** Bản chính supplied. */
  originals: z.number().int().nonnegative(),
  /** Bản sao supplied. */
  copies: z.number().int().nonnegative(),
  /** References of the scanned or electronic files. */
  files: z.array(z.string().min(1)).optional(),
});
/**
 * Thành phần hồ sơ đã nộp — see {@link SuppliedComponent}.
 * @category Models
 */
export type SuppliedComponent = z.infer<typeof SuppliedComponent>;

/**
 * Khoản phí, lệ phí của hồ sơ — a fee or charge on this dossier and whether it was paid.
 *
 * @example
 * ```ts
 * import { FeePayment } from "tthc/models";
 * FeePayment.parse({ kind: "charge", name: "Lệ phí", amountVnd: 50000, status: "paid", paidAt: "2025-07-02T09:00:00+07:00" }).status; // => "paid"
 * ```
 * @see RULES WF-17, MOD-20
 * @category Models
 */
export const FeePayment = z.strictObject({
  /** `fee` (phí) or `charge` (lệ phí). */
  kind: z.enum(["fee", "charge"]),
  /** Tên khoản thu. */
  name: VietnameseText,
  /** Số tiền (VND). */
  amountVnd: z.number().int().nonnegative(),
  /** `due`, `paid`, `exempt` (miễn) or `refunded`. */
  status: z.enum(["due", "paid", "exempt", "refunded"]),
  /** When it was paid. */
  paidAt: Instant.optional(),
});
/**
 * Khoản phí, lệ phí của hồ sơ — see {@link FeePayment}.
 * @category Models
 */
export type FeePayment = z.infer<typeof FeePayment>;

/**
 * Hẹn trả kết quả — one appointment: the first (`initial`), a re-appointment after an apology
 * (`reappointment`), an extension (`extension`, VN-2025 Mẫu 04) or a due date moved when a paused
 * clock resumed (`resumed`).
 *
 * @example
 * ```ts
 * import { Appointment } from "tthc/models";
 * Appointment.parse({ kind: "initial", dueDate: "2023-09-15", setAt: "2023-09-15T09:00:00+07:00" }).kind; // => "initial"
 * ```
 * @see TT 01/2018/TT-VPCP Mẫu 01, Mẫu 04 (RULES DL-11 to DL-14, CAL-23)
 * @category Models
 */
export const Appointment = z.strictObject({
  /** Why this appointment was set. */
  kind: z.enum(["initial", "reappointment", "extension", "resumed"]),
  /** Ngày hẹn trả kết quả. */
  dueDate: IsoDate,
  /** Giờ hẹn, when the slip gives one. */
  dueAt: Instant.optional(),
  /** When it was set. */
  setAt: Instant,
  /** Lý do (apology reason…). */
  reason: z.string().min(1).optional(),
  /** Reference of the letter (Mẫu 04) or notice. */
  letterRef: z.string().min(1).optional(),
});
/**
 * Hẹn trả kết quả — see {@link Appointment}.
 * @category Models
 */
export type Appointment = z.infer<typeof Appointment>;

/** States a dossier can be in before it is accepted (no code, no receipt instant). */
const BEFORE_RECEIPT: ReadonlySet<DossierStatus> = new Set(statusesWhere((t) => t.receipt !== "required"));
/** States that exclude acceptance. */
const NEVER_RECEIVED: ReadonlySet<DossierStatus> = new Set(statusesWhere((t) => t.receipt === "never"));

const DossierShape = z.strictObject({
  /** Mã hồ sơ — given at acceptance (MOD-16); absent before. */
  code: DossierCode.optional(),
  /** Mã thủ tục hành chính. */
  procedureCode: ProcedureCode,
  /** Version of the procedure record the dossier was accepted under (kept; LAW-8). */
  procedureVersion: z.string().min(1),
  /** Trường hợp, if the procedure has cases. */
  caseId: z.string().min(1).optional(),
  /** Bộ quy tắc the dossier was received under (kept; LAW-8). */
  ruleSet: RuleSetId,
  /** Cơ quan tiếp nhận — the receiving desk's agency (the code's agency). */
  receivingAgency: AgencyCode,
  /** Cơ quan có thẩm quyền giải quyết. */
  competentAgency: AgencyCode.optional(),
  /** Người nộp hồ sơ. */
  applicant: Applicant,
  /** Người được ủy quyền. */
  delegate: Delegate.optional(),
  /** Kênh nộp. */
  channel: Channel,
  /** Kênh nhận kết quả — chosen independently of the submission channel (MOD-22). */
  resultChannel: Channel.optional(),
  /** Địa chỉ nhận kết quả qua bưu chính. */
  postalAddress: Address.optional(),
  /** Thời điểm nộp — an online submission, any hour (CAL-18). */
  submittedAt: Instant.optional(),
  /** Thời điểm tiếp nhận — the recorded acceptance, from which the deadline counts. */
  receivedAt: Instant.optional(),
  /** Thành phần hồ sơ đã nộp. */
  components: z.array(SuppliedComponent),
  /** Phí, lệ phí. */
  fees: z.array(FeePayment),
  /** Thời hạn giải quyết as accepted. */
  timeLimit: TimeLimit.optional(),
  /** Ngày hẹn trả kết quả — the current appointment (the last of `appointments`). */
  dueDate: IsoDate.optional(),
  /** Thời điểm hẹn trả — its time, when given. */
  dueAt: Instant.optional(),
  /** Lịch sử hẹn — every appointment, first to last; reports classify against the first (DL-14). */
  appointments: z.array(Appointment),
  /** Trạng thái hồ sơ. */
  status: DossierStatus,
  /** Thời điểm có kết quả. */
  resultReadyAt: Instant.optional(),
  /** Thời điểm trả kết quả. */
  returnedAt: Instant.optional(),
  /** For a partner agency's liên thông copy: the origin dossier's code, so reports count it once (WF-14, REP-10). */
  originDossierCode: DossierCode.optional(),
});

type DossierValue = z.infer<typeof DossierShape>;

function checkReceipt(dossier: DossierValue, ctx: z.core.ParsePayload<DossierValue>): void {
  const { code, receivedAt, submittedAt, status } = dossier;
  if (receivedAt === undefined) {
    if (code !== undefined) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: "a dossier with a code needs receivedAt",
        params: { vi: "hồ sơ đã có mã thì phải có receivedAt (thời điểm tiếp nhận)" },
        path: ["receivedAt"],
      });
    }
    if (!BEFORE_RECEIPT.has(status)) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: `status '${status}' needs receivedAt`,
        params: { vi: `trạng thái '${status}' cần có receivedAt (thời điểm tiếp nhận)` },
        path: ["receivedAt"],
      });
    }
    return;
  }
  if (code === undefined) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: "a received dossier needs its code (MOD-16)",
      params: { vi: "hồ sơ đã tiếp nhận phải có mã hồ sơ (MOD-16)" },
      path: ["code"],
    });
  }
  if (NEVER_RECEIVED.has(status)) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: `status '${status}' excludes a receipt instant`,
      params: { vi: `trạng thái '${status}' không được có thời điểm tiếp nhận` },
      path: ["status"],
    });
  }
  const receivedMs = Date.parse(receivedAt);
  if (submittedAt !== undefined && Date.parse(submittedAt) > receivedMs) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: "submittedAt is after receivedAt",
      params: { vi: "submittedAt (thời điểm nộp) sau receivedAt (thời điểm tiếp nhận)" },
      path: ["submittedAt"],
    });
  }
  const parts = code === undefined ? undefined : readDossierCode(code);
  if (parts !== undefined) {
    if (parts.agency !== dossier.receivingAgency) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: "the code's agency is not receivingAgency (MOD-14)",
        params: { vi: "cơ quan trong mã hồ sơ không phải receivingAgency (cơ quan tiếp nhận) (MOD-14)" },
        path: ["code"],
      });
    }
    const receiptDate = formatIsoDate(vietnamDayOf(receivedMs));
    const codeDate = `${parts.year}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
    if (receiptDate !== codeDate) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: `the code's date ${codeDate} is not the receipt date ${receiptDate} in Asia/Ho_Chi_Minh (MOD-14)`,
        params: {
          vi: `ngày trong mã hồ sơ ${codeDate} không phải ngày tiếp nhận ${receiptDate} theo giờ Việt Nam (MOD-14)`,
        },
        path: ["code"],
      });
    }
  }
}

function checkRuleSet(dossier: DossierValue, ctx: z.core.ParsePayload<DossierValue>): void {
  const allowed: string[] = [];
  for (const key of ["receivedAt", "submittedAt"] as const) {
    const at = dossier[key];
    if (at === undefined) continue;
    try {
      allowed.push(ruleSetFor(at));
    } catch (error) {
      if (!isTthcError(error)) throw error;
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: error.message,
        path: [key],
        params: { vi: error.messageVi },
      });
      return;
    }
    // Bound by receipt when received (LAW-8 default), else by submission.
    if (key === "receivedAt" && dossier.submittedAt === undefined) break;
  }
  if (allowed.length > 0 && !allowed.includes(dossier.ruleSet)) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: `rule set '${dossier.ruleSet}' is not the one in force at receipt (${allowed.join(" or ")}) (LAW-8)`,
      params: {
        vi: `bộ quy tắc '${dossier.ruleSet}' không phải bộ quy tắc có hiệu lực khi tiếp nhận (${allowed.join(" hoặc ")}) (LAW-8)`,
      },
      path: ["ruleSet"],
    });
  }
  if (dossier.status === "stopped" && dossier.ruleSet !== "VN-2025") {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: "stopping processing exists only in VN-2025 (WF-25)",
      params: { vi: "dừng xử lý hồ sơ chỉ có trong VN-2025 (WF-25)" },
      path: ["status"],
    });
  }
}

function checkAppointments(dossier: DossierValue, ctx: z.core.ParsePayload<DossierValue>): void {
  const { appointments, dueDate } = dossier;
  appointments.forEach((appointment, i) => {
    if ((i === 0) !== (appointment.kind === "initial")) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: "the first appointment, and only it, is 'initial'",
        params: { vi: "chỉ lần hẹn đầu tiên có loại 'initial' (hẹn lần đầu)" },
        path: ["appointments", i, "kind"],
      });
    }
  });
  const last = appointments[appointments.length - 1];
  if (last !== undefined && dueDate !== last.dueDate) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: `dueDate must be the last appointment's date (${last.dueDate})`,
      params: { vi: `dueDate phải là ngày hẹn của lần hẹn cuối (${last.dueDate})` },
      path: ["dueDate"],
    });
  }
  if (dueDate !== undefined && dossier.receivedAt === undefined) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: "an appointment needs a receipt (WF-8)",
      params: { vi: "chỉ hẹn trả kết quả khi hồ sơ đã được tiếp nhận (WF-8)" },
      path: ["dueDate"],
    });
  }
}

/**
 * Hồ sơ — a dossier under the one-stop mechanism: code, procedure code and version, rule set,
 * applicant and delegate, channel, submission and receipt instants, supplied components, fees,
 * appointment (due date) and its history, current status, and — for a liên thông copy — the origin
 * dossier's code.
 *
 * Strict: unknown keys are refused. Beyond the shape it checks that a code and a receipt instant go
 * together (none before acceptance), that the code's agency and date are the receiving agency and the
 * receipt date in Asia/Ho_Chi_Minh, that the rule set is the one in force at receipt (or submission),
 * that `stopped` is used only under `VN-2025`, and that `dueDate` is the last appointment.
 *
 * @example
 * ```ts
 * import { Dossier } from "tthc/models";
 * import { SAMPLE_DOSSIER } from "tthc/fixtures";
 * Dossier.safeParse(SAMPLE_DOSSIER).success; // => true
 * Dossier.safeParse({ ...SAMPLE_DOSSIER, ruleSet: "VN-2025" }).success; // => false
 * ```
 * @see TT 01/2018/TT-VPCP Art. 19 and Mẫu 01; NĐ 61/2018/NĐ-CP; NĐ 118/2025/NĐ-CP (RULES MOD-14, MOD-16, MOD-20 to MOD-22, LAW-8, WF-14)
 * @category Models
 */
export const Dossier = DossierShape.check((ctx) => {
  const dossier = ctx.value;
  checkReceipt(dossier, ctx);
  checkRuleSet(dossier, ctx);
  checkAppointments(dossier, ctx);
  if (dossier.originDossierCode !== undefined && dossier.originDossierCode === dossier.code) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: "a dossier cannot be its own origin",
      params: { vi: "hồ sơ không thể là hồ sơ gốc của chính nó" },
      path: ["originDossierCode"],
    });
  }
});
/**
 * Hồ sơ — the parsed record; see {@link Dossier}.
 * @category Models
 */
export type Dossier = { [K in keyof z.infer<typeof Dossier>]: z.infer<typeof Dossier>[K] }; // the inferred type, mapped so that it shows by name
/**
 * Hồ sơ — what {@link parseDossier} accepts: as {@link Dossier}, with plain strings where the parsed
 * record has branded codes and dates.
 *
 * @example
 * ```ts
 * import type { DossierInput } from "tthc/models";
 * type Code = DossierInput["code"]; // string | undefined
 * ```
 * @category Models
 */
export type DossierInput = { [K in keyof z.input<typeof Dossier>]: z.input<typeof Dossier>[K] }; // the inferred type, mapped so that it shows by name
