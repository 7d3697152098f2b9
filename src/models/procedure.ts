/**
 * Thủ tục hành chính — the national catalogue record of a procedure, as a zod schema that is also
 * its TypeScript type.
 */
import * as z from "zod";
import { bilingual, type TthcIssueParams } from "../_internal/zodError.js";
import { AdministrativeLevel } from "./agency.js";
import { Channel, IsoDate, LegalBasis, Source, TimeLimit, TimeOfDay } from "./common.js";
import { AgencyCode, ProcedureCode } from "./ids.js";
import { hasCase, limitOf, TIME_LIMIT_EPSILON } from "./timeLimitOf.js";

/**
 * Văn bản tiếng Việt — non-empty text in Unicode NFC (composed diacritics), as the catalogue
 * publishes it; NFD text is refused, not repaired.
 *
 * @example
 * ```ts
 * import { VietnameseText } from "tthc/models";
 * VietnameseText.safeParse("Hộ tịch").success; // => true
 * VietnameseText.safeParse("Hộ tịch".normalize("NFD")).success; // => false
 * ```
 * @category Models
 */
export const VietnameseText = z
  .string()
  .min(1)
  .refine((text) => text === text.normalize("NFC"), {
    message: "text must be Unicode NFC",
    params: { vi: "văn bản phải ở dạng Unicode NFC (dựng sẵn)" },
  });
/**
 * Văn bản tiếng Việt — see {@link VietnameseText}.
 * @category Models
 */
export type VietnameseText = z.infer<typeof VietnameseText>;

/**
 * Mức độ dịch vụ công trực tuyến — online service level: toàn trình (`full`), một phần (`partial`),
 * or `none` (no online submission; legacy levels 1–2).
 *
 * @example
 * ```ts
 * import { OnlineLevel } from "tthc/models";
 * OnlineLevel.options; // => ["full", "partial", "none"]
 * ```
 * @see NĐ 42/2022/NĐ-CP Art. 11(1) (RULES MOD-24)
 * @category Models
 */
export const OnlineLevel = z.enum(["full", "partial", "none"]);
/**
 * Mức độ dịch vụ công trực tuyến — see {@link OnlineLevel}.
 * @category Models
 */
export type OnlineLevel = z.infer<typeof OnlineLevel>;

/**
 * Mức độ 1–4 — online levels before NĐ 42/2022: 1 information, 2 downloadable forms, 3 online
 * submission, 4 online payment and result.
 *
 * @example
 * ```ts
 * import { LegacyOnlineLevel } from "tthc/models";
 * LegacyOnlineLevel.safeParse(4).success; // => true
 * LegacyOnlineLevel.safeParse(5).success; // => false
 * ```
 * @see NĐ 43/2011/NĐ-CP Art. 3; TT 26/2009/TT-BTTTT (RULES MOD-25)
 * @category Models
 */
export const LegacyOnlineLevel = z.literal([1, 2, 3, 4]);
/**
 * Mức độ 1–4 — `1 | 2 | 3 | 4`; see {@link LegacyOnlineLevel}.
 * @category Models
 */
export type LegacyOnlineLevel = z.infer<typeof LegacyOnlineLevel>;

/**
 * Đối tượng thực hiện — who may use a procedure: cá nhân / công dân (`citizen`) or tổ chức
 * (`organisation`).
 *
 * @example
 * ```ts
 * import { Subject } from "tthc/models";
 * Subject.options; // => ["citizen", "organisation"]
 * ```
 * @see NĐ 63/2010/NĐ-CP Art. 8(2) (RULES MOD-1)
 * @category Models
 */
export const Subject = z.enum(["citizen", "organisation"]);
/**
 * Đối tượng thực hiện — see {@link Subject}.
 * @category Models
 */
export type Subject = z.infer<typeof Subject>;

/**
 * Lĩnh vực — the sector of a procedure, with its code `MX1X2-LV` where known (`G15-TP07`).
 *
 * @example
 * ```ts
 * import { Sector } from "tthc/models";
 * Sector.parse({ code: "G15-TP07", name: "Hộ tịch" }).name; // => "Hộ tịch"
 * ```
 * @see TT 01/2018/TT-VPCP (RULES MOD-13)
 * @category Models
 */
export const Sector = z.strictObject({
  /** Mã lĩnh vực — level-1 unit code + field code. */
  code: z
    .string()
    .regex(/^[A-Z]\d{2}-[A-Z0-9]+$/, bilingual("expected a sector code MX1X2-LV", "cần mã lĩnh vực dạng MX1X2-LV"))
    .optional(),
  /** Tên lĩnh vực. */
  name: VietnameseText,
});
/**
 * Lĩnh vực — see {@link Sector}.
 * @category Models
 */
export type Sector = z.infer<typeof Sector>;

/**
 * Cơ quan thực hiện — an agency named by a procedure record, with its role: cơ quan có thẩm quyền
 * (`competent`), chủ trì (`lead`), phối hợp (`cooperating`) or the receiving desk (`receiving`).
 *
 * @example
 * ```ts
 * import { ImplementingAgency } from "tthc/models";
 * ImplementingAgency.parse({ name: "Ủy ban nhân dân cấp xã", role: "competent", level: "commune" }).role; // => "competent"
 * ```
 * @see NĐ 63/2010/NĐ-CP Art. 8(2); NĐ 118/2025/NĐ-CP Art. 2 (RULES MOD-1, WF-2)
 * @category Models
 */
export const ImplementingAgency = z.strictObject({
  /** Name as the record gives it (often generic: "Ủy ban nhân dân cấp xã"). */
  name: VietnameseText,
  /** Role in the procedure. */
  role: z.enum(["competent", "lead", "cooperating", "receiving"]),
  /** Level of government. */
  level: AdministrativeLevel.optional(),
  /** Mã định danh, when the record names one agency. */
  code: AgencyCode.optional(),
});
/**
 * Cơ quan thực hiện — see {@link ImplementingAgency}.
 * @category Models
 */
export type ImplementingAgency = z.infer<typeof ImplementingAgency>;

/**
 * Trình tự thực hiện — one step of the procedure as published for the applicant.
 *
 * @example
 * ```ts
 * import { ProcedureStep } from "tthc/models";
 * ProcedureStep.parse({ description: "Nộp hồ sơ tại Bộ phận Một cửa" }).description; // => "Nộp hồ sơ tại Bộ phận Một cửa"
 * ```
 * @see NĐ 63/2010/NĐ-CP Art. 8(2) (RULES MOD-1)
 * @category Models
 */
export const ProcedureStep = z.strictObject({
  /** Short title, if the record has one. */
  title: VietnameseText.optional(),
  /** What happens. */
  description: VietnameseText,
  /** The channel this step is for, when it differs by channel. */
  channel: Channel.optional(),
});
/**
 * Trình tự thực hiện — see {@link ProcedureStep}.
 * @category Models
 */
export type ProcedureStep = z.infer<typeof ProcedureStep>;

/**
 * Mẫu đơn, tờ khai — an application form or declaration, with its number and issuing text.
 *
 * @example
 * ```ts
 * import { FormTemplate } from "tthc/models";
 * FormTemplate.parse({ name: "Đơn đăng ký đất đai, tài sản gắn liền với đất", number: "Mẫu số 15" }).number; // => "Mẫu số 15"
 * ```
 * @see DVCQG records (RULES MOD-3)
 * @category Models
 */
export const FormTemplate = z.strictObject({
  /** Tên mẫu. */
  name: VietnameseText,
  /** Số hiệu mẫu, e.g. `"Mẫu số 15"`. */
  number: z.string().min(1).optional(),
  /** Document that issues the form, e.g. `"151/2025/NĐ-CP"`. */
  issuedBy: z.string().min(1).optional(),
  /** Where to download it. */
  url: z.url().optional(),
});
/**
 * Mẫu đơn, tờ khai — see {@link FormTemplate}.
 * @category Models
 */
export type FormTemplate = z.infer<typeof FormTemplate>;

/**
 * Thành phần hồ sơ — a required document with the number of originals (bản chính) and copies
 * (bản sao). Components sharing an `alternativeGroup` are alternatives: any one of them suffices.
 *
 * @example
 * ```ts
 * import { DossierComponent } from "tthc/models";
 * DossierComponent.parse({ id: "birth-certificate", name: "Giấy chứng sinh", originals: 1, copies: 0 }).originals; // => 1
 * ```
 * @see DVCQG records (RULES MOD-3)
 * @category Models
 */
export const DossierComponent = z.strictObject({
  /** Stable id within the procedure (a dossier's supplied components point to it). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id"),
  /** Loại giấy tờ. */
  name: VietnameseText,
  /** Bản chính — number of originals. */
  originals: z.number().int().nonnegative(),
  /** Bản sao — number of copies. */
  copies: z.number().int().nonnegative(),
  /** Mẫu đơn, tờ khai to fill, if any. */
  form: FormTemplate.optional(),
  /** Nhóm thay thế — components with the same group replace one another. */
  alternativeGroup: z.string().min(1).optional(),
  /** Needed only in some cases ("nếu có", "trường hợp …"). */
  conditional: z.boolean().optional(),
  /** Remarks, including what could not be verified. */
  note: z.string().min(1).optional(),
});
/**
 * Thành phần hồ sơ — see {@link DossierComponent}.
 * @category Models
 */
export type DossierComponent = z.infer<typeof DossierComponent>;

/**
 * Phí, lệ phí — a fee (phí, `fee`) or a charge (lệ phí, `charge`), in đồng when a national amount
 * exists; amounts set by each province are left out and said so in `note`.
 *
 * @example
 * ```ts
 * import { Fee } from "tthc/models";
 * Fee.parse({ kind: "charge", name: "Lệ phí đăng ký doanh nghiệp", amountVnd: 50000 }).amountVnd; // => 50000
 * ```
 * @see RULES WF-17; MOD-2
 * @category Models
 */
export const Fee = z.strictObject({
  /** `fee` (phí) or `charge` (lệ phí). */
  kind: z.enum(["fee", "charge"]),
  /** Tên khoản thu. */
  name: VietnameseText,
  /** Mức thu in VND, when set nationally. */
  amountVnd: z.number().int().nonnegative().optional(),
  /** Miễn — exempt on this channel or case. */
  exempt: z.boolean().optional(),
  /** Legal basis or remark ("theo Nghị quyết của HĐND cấp tỉnh"). */
  note: z.string().min(1).optional(),
});
/**
 * Phí, lệ phí — see {@link Fee}.
 * @category Models
 */
export type Fee = z.infer<typeof Fee>;

/**
 * Thời gian kéo dài — extra time added to the base limit when a condition holds.
 *
 * @example
 * ```ts
 * import { ExtraTime } from "tthc/models";
 * ExtraTime.parse({ condition: "Xã cách xa từ 50 km trở lên", time: { value: 5, unit: "workingDays" } }).time.value; // => 5
 * ```
 * @see TTLT 05/2015/TTLT-BTP-BCA-BYT (RULES DL-6; [procedure limits stated by sources](../../docs/guides/rules.md#procedure-limits-stated-by-sources))
 * @category Models
 */
export const ExtraTime = z.strictObject({
  /** When it applies, as the record says. */
  condition: VietnameseText,
  /** How much is added, at most. */
  time: TimeLimit,
});
/**
 * Thời gian kéo dài — see {@link ExtraTime}.
 * @category Models
 */
export type ExtraTime = z.infer<typeof ExtraTime>;

/**
 * Cách thức thực hiện — one channel row of the record: channel, time limit, extra time, fees.
 *
 * @example
 * ```ts
 * import { ChannelOption } from "tthc/models";
 * ChannelOption.parse({ channel: "online", timeLimit: { value: 3, unit: "workingDays" }, fees: [] }).channel; // => "online"
 * ```
 * @see DVCQG records (RULES MOD-2, DL-1)
 * @category Models
 */
export const ChannelOption = z.strictObject({
  /** Hình thức nộp. */
  channel: Channel,
  /** Thời hạn giải quyết on this channel. */
  timeLimit: TimeLimit,
  /** Conditional extra time (DL-6). */
  extraTime: z.array(ExtraTime).optional(),
  /** Phí, lệ phí on this channel. */
  fees: z.array(Fee),
  /** Mô tả. */
  description: z.string().min(1).optional(),
});
/**
 * Cách thức thực hiện — see {@link ChannelOption}.
 * @category Models
 */
export type ChannelOption = z.infer<typeof ChannelOption>;

/**
 * Trường hợp — a variant of a procedure with its own time limit (overriding the channel rows).
 *
 * @example
 * ```ts
 * import { ProcedureCase } from "tthc/models";
 * ProcedureCase.parse({ id: "birth-insurance", name: "Khai sinh và cấp thẻ BHYT", timeLimit: { value: 15, unit: "workingDays" } }).id; // => "birth-insurance"
 * ```
 * @see OpenCPS (RULES MOD-5, PRACTICE)
 * @category Models
 */
export const ProcedureCase = z.strictObject({
  /** Stable id within the procedure. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id"),
  /** Tên trường hợp. */
  name: VietnameseText,
  /** Thời hạn giải quyết of this case, if it has its own. */
  timeLimit: TimeLimit.optional(),
  /** Remarks. */
  description: z.string().min(1).optional(),
});
/**
 * Trường hợp — see {@link ProcedureCase}.
 * @category Models
 */
export type ProcedureCase = z.infer<typeof ProcedureCase>;

/**
 * Quyết định công bố — the decision that publishes a procedure version (or approves a workflow).
 *
 * @example
 * ```ts
 * import { PublicationDecision } from "tthc/models";
 * PublicationDecision.parse({ number: "296/QĐ-VPCP", issuedOn: "2024-06-12" }).number; // => "296/QĐ-VPCP"
 * ```
 * @see NĐ 63/2010/NĐ-CP Art. 15 (RULES MOD-4)
 * @category Models
 */
export const PublicationDecision = z.strictObject({
  /** Số quyết định, e.g. `"296/QĐ-VPCP"`. */
  number: z.string().min(1),
  /** Ngày ban hành. */
  issuedOn: IsoDate.optional(),
  /** Cơ quan ban hành. */
  issuer: z.string().min(1).optional(),
  /** What could not be verified. */
  note: z.string().min(1).optional(),
});
/**
 * Quyết định công bố — see {@link PublicationDecision}.
 * @category Models
 */
export type PublicationDecision = z.infer<typeof PublicationDecision>;

/**
 * Bước trong quy trình nội bộ — one step of an internal workflow: unit, role and time quota; a step
 * owned by another agency (liên thông) names it.
 *
 * @example
 * ```ts
 * import { WorkflowStep } from "tthc/models";
 * WorkflowStep.parse({ order: 1, name: "Tiếp nhận hồ sơ", unit: "Bộ phận Một cửa", role: "Công chức tiếp nhận", quota: { value: 0.5, unit: "workingDays" } }).order; // => 1
 * ```
 * @see Quảng Bình QĐ 2851/QĐ-UBND Art. 2; Kon Tum QĐ 575/QĐ-UBND (RULES DL-16, MOD-6)
 * @category Models
 */
export const WorkflowStep = z.strictObject({
  /** Thứ tự — 1, 2, 3… in order. */
  order: z.number().int().positive(),
  /** Nội dung công việc. */
  name: VietnameseText,
  /** Đơn vị thực hiện. */
  unit: VietnameseText,
  /** Người / vai trò thực hiện. */
  role: VietnameseText,
  /**
   * Thời gian — time quota in the unit of the legal limit (working hours for a same-day limit).
   * Fractions are allowed (0.5 ngày): quotas share out a limit, they are not limits themselves.
   */
  quota: z.strictObject({
    /** Amount, ≥ 0. */
    value: z.number().nonnegative(),
    /** Unit: as the legal limit's. */
    unit: z.enum(["workingDays", "workingHours", "calendarDays"]),
  }),
  /** The agency owning the step when it is not the competent agency (liên thông). */
  agency: z
    .strictObject({
      /** Tên cơ quan. */
      name: VietnameseText,
      /** Mã định danh, if known. */
      code: AgencyCode.optional(),
      /** Chủ trì (`lead`) or phối hợp (`cooperating`). */
      role: z.enum(["lead", "cooperating"]),
    })
    .optional(),
});
/**
 * Bước trong quy trình nội bộ — see {@link WorkflowStep}.
 * @category Models
 */
export type WorkflowStep = z.infer<typeof WorkflowStep>;

/**
 * Quy trình nội bộ — an internal workflow approved for a procedure (by the provincial Chairman or the
 * Minister): ordered steps whose quotas sum to the legal time limit of its channel or case.
 *
 * @example
 * ```ts
 * import { InternalWorkflow } from "tthc/models";
 * InternalWorkflow.parse({ steps: [{ order: 1, name: "Trả kết quả", unit: "Trung tâm PVHCC", role: "Công chức", quota: { value: 0, unit: "workingDays" } }] }).steps.length; // => 1
 * ```
 * @see Kon Tum QĐ 575/QĐ-UBND (2020); Quảng Bình QĐ 2851/QĐ-UBND (2019) (RULES DL-16, MOD-6)
 * @category Models
 */
export const InternalWorkflow = z.strictObject({
  /** The channel row whose limit the steps share out; needed when channel limits differ. */
  channel: Channel.optional(),
  /** The case whose limit the steps share out, if any. */
  caseId: z.string().min(1).optional(),
  /** Decision approving the workflow. */
  approvedBy: PublicationDecision.optional(),
  /** Các bước — in order. */
  steps: z.array(WorkflowStep).min(1),
});
/**
 * Quy trình nội bộ — see {@link InternalWorkflow}.
 * @category Models
 */
export type InternalWorkflow = z.infer<typeof InternalWorkflow>;

/**
 * Một cửa liên thông — how a procedure spans agencies: the lead agency, the cooperating ones and the
 * member procedures of a group.
 *
 * @example
 * ```ts
 * import { InterAgency } from "tthc/models";
 * InterAgency.parse({ leadAgency: "Ủy ban nhân dân cấp xã", cooperatingAgencies: ["Bảo hiểm xã hội"] }).leadAgency; // => "Ủy ban nhân dân cấp xã"
 * ```
 * @see NĐ 118/2025/NĐ-CP (RULES WF-12, WF-14)
 * @category Models
 */
export const InterAgency = z.strictObject({
  /** Cơ quan chủ trì — the single entry and exit. */
  leadAgency: VietnameseText,
  /** Cơ quan phối hợp. */
  cooperatingAgencies: z.array(VietnameseText).min(1),
  /** Member procedures of a liên thông group. */
  memberProcedureCodes: z.array(ProcedureCode).optional(),
});
/**
 * Một cửa liên thông — see {@link InterAgency}.
 * @category Models
 */
export type InterAgency = z.infer<typeof InterAgency>;

const WORKFLOW: TthcIssueParams = { tthcCode: "INVALID_WORKFLOW" };

/** First day of the two-tier local government: no district level on versions from then (RULES LAW-9). */
const TWO_TIER_FROM = "2025-07-01";

const ProcedureShape = z.strictObject({
  /** Mã thủ tục hành chính. */
  code: ProcedureCode,
  /** Tên thủ tục hành chính, as published. */
  name: VietnameseText,
  /** Lĩnh vực. */
  sector: Sector,
  /** Cấp thực hiện — one or more levels. */
  levels: z.array(AdministrativeLevel).min(1),
  /** Cơ quan thực hiện. */
  implementingAgencies: z.array(ImplementingAgency).min(1),
  /** Đối tượng thực hiện. */
  subjects: z.array(Subject).min(1),
  /** Trình tự thực hiện. */
  steps: z.array(ProcedureStep).min(1),
  /** Cách thức thực hiện — one row per channel, each with its time limit and fees. */
  channels: z.array(ChannelOption).min(1),
  /** Thành phần hồ sơ. */
  components: z.array(DossierComponent),
  /** Trường hợp — variants with their own limits. */
  cases: z.array(ProcedureCase).optional(),
  /** Kết quả thực hiện — documents or decisions issued. */
  results: z.array(VietnameseText).min(1),
  /** Yêu cầu, điều kiện. */
  conditions: z.array(VietnameseText).optional(),
  /** Căn cứ pháp lý. */
  legalBases: z.array(LegalBasis).min(1),
  /** Mức độ dịch vụ công trực tuyến. */
  onlineLevel: OnlineLevel,
  /** Phi địa giới — receivable at any desk whatever the residence (province-scoped; RULES MOD-7, WF-27). */
  boundaryFree: z.boolean(),
  /** Giờ tiếp nhận trong ngày — received after it, a `sameDay` limit moves to the next working day (CAL-20, D-5). */
  sameDayCutoff: TimeOfDay.optional(),
  /** Phiên bản — version of the catalogue record. */
  version: z.string().min(1),
  /** Quyết định công bố of this version (MOD-4); absent only where it could not be verified. */
  publication: PublicationDecision.optional(),
  /** Ngày có hiệu lực of this version. */
  effectiveFrom: IsoDate,
  /** First day this version no longer applies (exclusive). */
  effectiveTo: IsoDate.optional(),
  /** Quy trình nội bộ — approved workflows (per channel or case). */
  internalWorkflows: z.array(InternalWorkflow).optional(),
  /** Liên thông — agencies and member procedures. */
  interAgency: InterAgency.optional(),
  /** Remarks, including every field that could not be verified. */
  notes: z.array(z.string().min(1)).optional(),
  /** Where the record's data was read. */
  sources: z.array(Source).optional(),
});

type ProcedureValue = z.infer<typeof ProcedureShape>;

function checkUnique(
  values: readonly string[],
  path: (string | number)[],
  what: string,
  whatVi: string,
  ctx: z.core.ParsePayload<ProcedureValue>,
): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value))
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: `duplicate ${what} '${value}'`,
        params: { vi: `${whatVi} '${value}' bị trùng` },
        path: [...path, i],
      });
    seen.add(value);
  });
}

/** The legal limit a workflow shares out (the one look-up, {@link limitOf}), or why there is none. */
function legalLimitOf(
  procedure: ProcedureValue,
  workflow: InternalWorkflow,
): { readonly limit: TimeLimit } | { readonly path: string; readonly message: string; readonly vi: string } {
  const limit = limitOf(procedure, workflow);
  if (limit !== undefined) return { limit };
  if (!hasCase(procedure, workflow.caseId))
    return {
      path: "caseId",
      message: `no case '${workflow.caseId}' in this procedure`,
      vi: `thủ tục không có trường hợp '${workflow.caseId}'`,
    };
  if (workflow.channel !== undefined)
    return {
      path: "channel",
      message: `no '${workflow.channel}' channel row in this procedure`,
      vi: `thủ tục không có dòng kênh '${workflow.channel}'`,
    };
  return {
    path: "channel",
    message: "channel time limits differ: name the workflow's channel",
    vi: "thời hạn các kênh khác nhau: hãy nêu kênh (channel) của quy trình",
  };
}

function checkWorkflow(
  procedure: ProcedureValue,
  workflow: InternalWorkflow,
  i: number,
  ctx: z.core.ParsePayload<ProcedureValue>,
): void {
  const base = ["internalWorkflows", i];
  workflow.steps.forEach((step, j) => {
    if (step.order !== j + 1) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: `steps must be numbered 1, 2, 3… in order: step ${j + 1} has order ${step.order}`,
        path: [...base, "steps", j, "order"],
        params: {
          ...WORKFLOW,
          vi: `các bước phải đánh số 1, 2, 3… theo thứ tự: bước ${j + 1} có số thứ tự ${step.order}`,
        },
      });
    }
  });
  const found = legalLimitOf(procedure, workflow);
  if (!("limit" in found)) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: found.message,
      path: [...base, found.path],
      params: { ...WORKFLOW, vi: found.vi },
    });
    return;
  }
  const { limit } = found;
  // A same-day limit is shared out in working hours; there is no total to match (RULES DL-4).
  const quotaUnit = limit.unit === "sameDay" ? "workingHours" : limit.unit;
  let sum = 0;
  let unitsMatch = true;
  workflow.steps.forEach((step, j) => {
    if (step.quota.unit !== quotaUnit) {
      unitsMatch = false;
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: `quota unit '${step.quota.unit}' differs from the legal limit's '${quotaUnit}' (no implicit conversion, DL-5)`,
        path: [...base, "steps", j, "quota", "unit"],
        params: {
          ...WORKFLOW,
          vi: `đơn vị định mức '${step.quota.unit}' khác đơn vị của thời hạn luật định '${quotaUnit}' (không tự quy đổi, DL-5)`,
        },
      });
    }
    sum += step.quota.value;
  });
  if (unitsMatch && limit.unit !== "sameDay" && Math.abs(sum - limit.value) > TIME_LIMIT_EPSILON) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: `step quotas sum to ${Number(sum.toFixed(6))} ${limit.unit}, the legal limit is ${limit.value} ${limit.unit}`,
      path: [...base, "steps"],
      params: {
        ...WORKFLOW,
        vi: `tổng định mức các bước là ${Number(sum.toFixed(6))} ${limit.unit}, thời hạn luật định là ${limit.value} ${limit.unit}`,
      },
    });
  }
}

/**
 * Thủ tục hành chính — a procedure as published in the national catalogue (CSDL quốc gia về TTHC):
 * code, name, sector, levels, agencies, subjects, steps, channel rows with time limits and fees,
 * components, results, legal bases, online level, boundary-free flag, same-day cut-off, version with
 * its publication decision and effective date, and the approved internal workflows.
 *
 * Strict: unknown keys are refused. Beyond the shape it checks that channels, component and case ids
 * are unique, that a version effective from 1/7/2025 names no district level, and that each internal
 * workflow is numbered in order and its quotas, in the legal limit's unit, sum to that limit (issues
 * reported as `INVALID_WORKFLOW` by {@link parseProcedure}).
 *
 * @example
 * ```ts
 * import { Procedure } from "tthc/models";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * Procedure.safeParse(BIRTH_REGISTRATION).success; // => true
 * Procedure.safeParse({ ...BIRTH_REGISTRATION, colour: "red" }).success; // => false
 * ```
 * @see NĐ 63/2010/NĐ-CP Arts. 8, 15, as amended by NĐ 92/2017/NĐ-CP (RULES MOD-1 to MOD-10, DL-1, DL-16)
 * @category Models
 */
export const Procedure = ProcedureShape.check((ctx) => {
  const procedure = ctx.value;
  checkUnique(
    procedure.channels.map((c) => c.channel),
    ["channels"],
    "channel",
    "kênh",
    ctx,
  );
  checkUnique(
    procedure.components.map((c) => c.id),
    ["components"],
    "component id",
    "mã thành phần hồ sơ",
    ctx,
  );
  checkUnique(
    (procedure.cases ?? []).map((c) => c.id),
    ["cases"],
    "case id",
    "mã trường hợp",
    ctx,
  );
  if (procedure.effectiveTo !== undefined && procedure.effectiveTo <= procedure.effectiveFrom) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: "effectiveTo must be after effectiveFrom",
      params: { vi: "effectiveTo (ngày hết hiệu lực) phải sau effectiveFrom (ngày có hiệu lực)" },
      path: ["effectiveTo"],
    });
  }
  if (procedure.effectiveFrom >= TWO_TIER_FROM && procedure.levels.includes("district")) {
    ctx.issues.push({
      input: ctx.value,
      code: "custom",
      message: "the district level ended on 2025-07-01: a version effective from then cannot name it",
      params: {
        vi: "cấp huyện đã kết thúc từ ngày 2025-07-01: phiên bản có hiệu lực từ ngày đó không được nêu cấp huyện",
      },
      path: ["levels", procedure.levels.indexOf("district")],
    });
  }
  procedure.internalWorkflows?.forEach((workflow, i) => {
    checkWorkflow(procedure, workflow, i, ctx);
  });
});
/**
 * Thủ tục hành chính — the parsed record; see {@link Procedure}.
 * @category Models
 */
export type Procedure = { [K in keyof z.infer<typeof Procedure>]: z.infer<typeof Procedure>[K] }; // the inferred type, mapped so that it shows by name
/**
 * Thủ tục hành chính — what {@link parseProcedure} accepts: as {@link Procedure}, with plain strings
 * where the parsed record has branded codes and dates.
 *
 * @example
 * ```ts
 * import type { ProcedureInput } from "tthc/models";
 * type Code = ProcedureInput["code"]; // string
 * ```
 * @category Models
 */
export type ProcedureInput = { [K in keyof z.input<typeof Procedure>]: z.input<typeof Procedure>[K] }; // the inferred type, mapped so that it shows by name
