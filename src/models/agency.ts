/**
 * Agencies and the two-tier local government (chính quyền địa phương hai cấp) from 1/7/2025.
 */
import * as z from "zod";
import { IsoDate } from "./common.js";
import { AgencyCode } from "./ids.js";

/**
 * Cấp thực hiện — level of government: `ministry` (cấp bộ), `province` (cấp tỉnh), `commune` (cấp xã)
 * and, on records before 1/7/2025 only, `district` (cấp huyện).
 *
 * @example
 * ```ts
 * import { AdministrativeLevel } from "tthc/models";
 * AdministrativeLevel.options; // => ["ministry", "province", "district", "commune"]
 * ```
 * @see NQ 203/2025/QH15; NĐ 118/2025/NĐ-CP Arts. 1–2 (RULES LAW-9, MOD-8)
 * @category Models
 */
export const AdministrativeLevel = z.enum(["ministry", "province", "district", "commune"]);
/**
 * Cấp thực hiện — see {@link AdministrativeLevel}.
 * @category Models
 */
export type AdministrativeLevel = z.infer<typeof AdministrativeLevel>;

/**
 * Loại đơn vị cấp xã — commune-level unit: xã (`commune`), phường (`ward`) or đặc khu (`specialZone`).
 *
 * @example
 * ```ts
 * import { CommuneKind } from "tthc/models";
 * CommuneKind.options; // => ["commune", "ward", "specialZone"]
 * ```
 * @see provincial records (RULES MOD-9, PRACTICE)
 * @category Models
 */
export const CommuneKind = z.enum(["commune", "ward", "specialZone"]);
/**
 * Loại đơn vị cấp xã — see {@link CommuneKind}.
 * @category Models
 */
export type CommuneKind = z.infer<typeof CommuneKind>;

/** The day the district level ended (two-tier local government, RULES LAW-9). */
const TWO_TIER_FROM = "2025-07-01";

/**
 * Cơ quan — an agency with its level and parent. From 1/7/2025 local government has two tiers,
 * province and commune; a `district` agency is historic and must carry `effectiveTo` on or before
 * 2025-07-01 (dossiers received before then may name it).
 *
 * @example
 * ```ts
 * import { Agency } from "tthc/models";
 * Agency.safeParse({ code: "000.00.12.H26", name: "Sở Tư pháp", level: "province", parentCode: "000.00.00.H26" }).success; // => true
 * Agency.safeParse({ code: "000.01.12.H26", name: "UBND huyện", level: "district" }).success; // => false
 * ```
 * @see NQ 203/2025/QH15; NĐ 118/2025/NĐ-CP Arts. 1–2 (RULES LAW-9, MOD-8, MOD-9, WF-1, WF-2)
 * @category Models
 */
export const Agency = z
  .strictObject({
    /** Mã định danh. */
    code: AgencyCode,
    /** Tên cơ quan. */
    name: z.string().min(1),
    /** Cấp — level of government. */
    level: AdministrativeLevel,
    /** Loại đơn vị — xã, phường or đặc khu; commune level only. */
    communeKind: CommuneKind.optional(),
    /** Mã cơ quan cấp trên — the parent agency (a commune's province, a department's People's Committee). */
    parentCode: AgencyCode.optional(),
    /** Cơ quan ngành dọc — a centrally-managed agency's local office (WF-2). */
    vertical: z.boolean().optional(),
    /** First day the agency exists under this name and level. */
    effectiveFrom: IsoDate.optional(),
    /** First day it no longer exists (exclusive). */
    effectiveTo: IsoDate.optional(),
  })
  .check((ctx) => {
    const agency = ctx.value;
    if (agency.communeKind !== undefined && agency.level !== "commune") {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: "communeKind is for commune-level agencies",
        params: { vi: "communeKind chỉ dùng cho cơ quan cấp xã" },
        path: ["communeKind"],
      });
    }
    if (agency.level === "district" && (agency.effectiveTo === undefined || agency.effectiveTo > TWO_TIER_FROM)) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: "the district level ended on 2025-07-01: a district agency needs effectiveTo <= 2025-07-01",
        params: { vi: "cấp huyện đã kết thúc từ ngày 2025-07-01: cơ quan cấp huyện phải có effectiveTo <= 2025-07-01" },
        path: ["effectiveTo"],
      });
    }
    if (agency.parentCode !== undefined && agency.parentCode === agency.code) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: "an agency cannot be its own parent",
        params: { vi: "cơ quan không thể là cơ quan cấp trên của chính nó" },
        path: ["parentCode"],
      });
    }
    if (
      agency.effectiveFrom !== undefined &&
      agency.effectiveTo !== undefined &&
      agency.effectiveTo <= agency.effectiveFrom
    ) {
      ctx.issues.push({
        input: ctx.value,
        code: "custom",
        message: "effectiveTo must be after effectiveFrom",
        params: { vi: "effectiveTo (ngày hết hiệu lực) phải sau effectiveFrom (ngày có hiệu lực)" },
        path: ["effectiveTo"],
      });
    }
  });
/**
 * Cơ quan — see {@link Agency}.
 * @category Models
 */
export type Agency = z.infer<typeof Agency>;
