/**
 * Checks a filled form and the rendering options completely before any HTML is written: the kind,
 * its rule set and number, and every field of its data (RULES WF-32). Bad input gets a TthcError
 * with its path, never a half-filled page.
 */

import { checkChoice, checkInteger, checkObject, checkOptions, mustBe, type Path } from "../_internal/checks.js";
import { toInstantMs } from "../_internal/instant.js";
import { TthcError } from "../errors.js";
import type { FormKind } from "../models/ruleSet.js";
import { RULE_SETS, type RuleSetId } from "../models/ruleSet.js";
import type { OneStopFormDocument } from "../workflow/forms.js";
import { dayOf } from "./formatDateInWords.js";

/** What a field holds: `s` text, `t` ISO date-time, a `?` when optional; or a check of its own. */
type Spec = string;

const ROW_SPEC: Readonly<Record<string, Spec>> = {
  order: "order",
  name: "s",
  unit: "s",
  startedAt: "t",
  handedOverAt: "t",
  stepDueAt: "t",
  outcome: "outcome",
  by: "s",
};

const ITEM_SPEC: Readonly<Record<string, Spec>> = {
  name: "s",
  reason: "s",
  componentId: "s?",
  legalBasis: "s?",
};

/** The data of each form kind, field by field (the types of `tthc/workflow`'s forms). */
const DATA_SPECS: Readonly<Record<FormKind, Readonly<Record<string, Spec>>>> = {
  appointmentSlip: {
    dossierCode: "s",
    applicantName: "s",
    procedureName: "s",
    timeLimit: "timeLimit",
    receivedAt: "t",
    dueAt: "t",
    resultChannel: "channel",
  },
  supplementRequest: {
    dossierCode: "s?",
    applicantName: "s",
    procedureName: "s",
    stage: "stage",
    letterRef: "s?",
    requestedAt: "t",
    items: "items",
  },
  intakeRefusalNotice: { applicantName: "s", procedureName: "s", refusedAt: "t", reason: "s" },
  apologyLetter: {
    dossierCode: "s",
    applicantName: "s",
    procedureName: "s",
    letterRef: "s",
    receivedAt: "t",
    previousDueAt: "t",
    reason: "s",
    newDueAt: "t",
    issuedAt: "t",
    lateApology: "boolean",
  },
  stopProcessingNotice: {
    dossierCode: "s",
    applicantName: "s",
    procedureName: "s",
    reason: "s",
    stoppedAt: "t",
    signer: "s",
  },
  processControlSlip: { dossierCode: "s", applicantName: "s", dueAt: "t", rows: "rows" },
  dossierRegister: {
    dossierCode: "s",
    procedureName: "s",
    quantity: "quantity",
    applicantName: "s",
    contact: "s?",
    receivedAt: "t",
    dueAt: "t",
    reappointedDueAt: "t?",
    transferredAt: "t?",
    resultReadyAt: "t?",
    returnedAt: "t?",
    note: "s?",
  },
};

const FORM_KINDS = Object.keys(DATA_SPECS) as FormKind[];
const RULE_SET_IDS = Object.keys(RULE_SETS) as RuleSetId[];
const UNITS = ["workingDays", "workingHours", "calendarDays", "sameDay"] as const;

/** A text that is there: a string with something other than spaces. */
function checkText(value: unknown, path: Path): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw mustBe("INVALID_OPTION", path, "a non-empty text", "chuỗi ký tự không rỗng", value);
  }
  return value;
}

function checkArray(value: unknown, path: Path, min: number): readonly unknown[] {
  if (!Array.isArray(value) || value.length < min) {
    const [en, vi] = min > 0 ? ["a non-empty list", "danh sách không rỗng"] : ["a list", "danh sách"];
    throw mustBe("INVALID_OPTION", path, en, vi, value);
  }
  return value;
}

function checkRecord(value: unknown, spec: Readonly<Record<string, Spec>>, path: Path): void {
  const record = checkObject(value, path, "INVALID_OPTION", Object.keys(spec));
  for (const [key, kind] of Object.entries(spec)) {
    const v = record[key];
    const at = [...path, key];
    if (kind.endsWith("?")) {
      if (v === undefined) continue;
    } else if (v === undefined) {
      throw new TthcError("INVALID_OPTION", `${at.join(".")} is missing`, {
        path: at,
        messageVi: `thiếu ${at.join(".")}`,
      });
    }
    checkField(v, kind.replace("?", ""), at);
  }
}

function checkField(v: unknown, kind: string, at: Path): void {
  switch (kind) {
    case "s":
      checkText(v, at);
      return;
    case "t":
      // A date-time; the register's first appointment may be a date alone (buildDossierRegisterRow).
      if (typeof v !== "string") throw mustBe("INVALID_INSTANT", at, "an ISO date-time text", "chuỗi thời điểm ISO", v);
      if (v.length === 10) dayOf(v, at);
      else toInstantMs(v, at);
      return;
    case "boolean":
      if (typeof v !== "boolean") throw mustBe("INVALID_OPTION", at, "true or false", "true hoặc false", v);
      return;
    case "quantity":
      checkInteger(v, at, "INVALID_OPTION", 1, 1_000_000);
      return;
    case "order":
      checkInteger(v, at, "INVALID_OPTION", 1, 10_000);
      return;
    case "channel":
      checkChoice(v, ["direct", "postal", "online"] as const, at);
      return;
    case "stage":
      checkChoice(v, ["intake", "processing"] as const, at);
      return;
    case "outcome":
      checkChoice(v, ["early", "onTime", "late"] as const, at);
      return;
    case "timeLimit": {
      const limit = checkObject(v, at, "INVALID_OPTION", ["value", "unit"]);
      const unit = checkChoice(limit["unit"], UNITS, [...at, "unit"], "INVALID_DURATION");
      const value = limit["value"];
      const whole = unit !== "workingHours";
      if (
        typeof value !== "number" ||
        !Number.isFinite(value) ||
        value <= 0 ||
        value > 10_000 ||
        (whole && !Number.isInteger(value)) ||
        (unit === "sameDay" && value !== 1)
      ) {
        const [en, vi] =
          unit === "sameDay"
            ? ["1 for sameDay", "1 với sameDay"]
            : whole
              ? ["a whole number from 1 to 10000", "số nguyên từ 1 đến 10000"]
              : ["a number of hours above 0", "số giờ lớn hơn 0"];
        throw mustBe("INVALID_DURATION", [...at, "value"], en, vi, value);
      }
      return;
    }
    case "items":
      checkArray(v, at, 1).forEach((item, i) => {
        checkRecord(item, ITEM_SPEC, [...at, i]);
      });
      return;
    case "rows":
      checkArray(v, at, 0).forEach((row, i) => {
        checkRecord(row, ROW_SPEC, [...at, i]);
      });
      return;
  }
}

/**
 * Checks a filled form: a known kind, a rule set that has it, the number that rule set gives it,
 * and its data field by field. Returns the form (unchanged).
 */
export function checkForm(value: unknown, path: Path = []): OneStopFormDocument {
  const doc = checkObject(
    value,
    path,
    "INVALID_OPTION",
    ["type", "form", "ruleSet", "number", "title", "data"],
    "a form from createFormDocument",
    "biểu mẫu từ createFormDocument",
  );
  // An issueForm effect of the workflow is the form with its effect type beside it.
  if (doc["type"] !== undefined) checkChoice(doc["type"], ["issueForm"] as const, [...path, "type"]);
  const kind = checkChoice(doc["form"], FORM_KINDS, [...path, "form"]);
  const ruleSet = checkChoice(doc["ruleSet"], RULE_SET_IDS, [...path, "ruleSet"]);
  const entry = RULE_SETS[ruleSet].forms.find((f) => f.kind === kind);
  if (entry === undefined) {
    throw new TthcError("TRANSITION_NOT_ALLOWED", `rule set ${ruleSet} has no form '${kind}'`, {
      path: [...path, "form"],
      messageVi: `bộ quy tắc ${ruleSet} không có biểu mẫu '${kind}'`,
    });
  }
  if (doc["number"] !== entry.number) {
    const en = `"${entry.number}", the number rule set ${ruleSet} gives this form`;
    const vi = `"${entry.number}", số mẫu của bộ quy tắc ${ruleSet}`;
    throw mustBe("INVALID_OPTION", [...path, "number"], en, vi, doc["number"]);
  }
  const title = checkObject(doc["title"], [...path, "title"], "INVALID_OPTION", ["vi", "en"]);
  checkText(title["vi"], [...path, "title", "vi"]);
  checkText(title["en"], [...path, "title", "en"]);
  checkRecord(doc["data"], DATA_SPECS[kind], [...path, "data"]);
  return value as OneStopFormDocument;
}

/** The rendering options, checked; see `FormHtmlOptions`. */
export interface CheckedOptions {
  readonly lang: "vi" | "en";
  readonly agencyName: string;
  readonly parentAgencyName: string | undefined;
  readonly agencyAddress: string | undefined;
  readonly placeName: string;
  readonly signerTitle: string | undefined;
  readonly signerName: string | undefined;
  readonly documentNumber: string | undefined;
  readonly date: string | undefined;
  readonly lookupUrl: string | undefined;
  readonly qr: boolean;
  readonly recipients: readonly string[] | undefined;
  readonly fee: number | undefined;
}

const OPTION_KEYS = [
  "lang",
  "agencyName",
  "parentAgencyName",
  "agencyAddress",
  "placeName",
  "signerTitle",
  "signerName",
  "documentNumber",
  "date",
  "lookupUrl",
  "qr",
  "recipients",
  "fee",
] as const;

function optionalText(o: Record<string, unknown>, key: string): string | undefined {
  return o[key] === undefined ? undefined : checkText(o[key], ["options", key]);
}

/** Checks the options: unknown keys refused; the agency and place names are required. */
export function checkRenderOptions(value: unknown): CheckedOptions {
  if (value === undefined) {
    throw new TthcError("INVALID_OPTION", "options.agencyName and options.placeName are required", {
      path: ["options"],
      messageVi: "cần có options.agencyName và options.placeName",
    });
  }
  const o = checkOptions(value, OPTION_KEYS, ["options"]);
  const lang = o["lang"] === undefined ? "vi" : checkChoice(o["lang"], ["vi", "en"] as const, ["options", "lang"]);
  const qr = o["qr"] === undefined ? true : o["qr"];
  if (typeof qr !== "boolean")
    throw mustBe("INVALID_OPTION", ["options", "qr"], "true or false", "true hoặc false", qr);
  let recipients: readonly string[] | undefined;
  if (o["recipients"] !== undefined) {
    recipients = checkArray(o["recipients"], ["options", "recipients"], 1).map((r, i) =>
      checkText(r, ["options", "recipients", i]),
    );
  }
  let date: string | undefined;
  if (o["date"] !== undefined) {
    dayOf(o["date"], ["options", "date"]);
    date = checkText(o["date"], ["options", "date"]);
  }
  let lookupUrl: string | undefined;
  if (o["lookupUrl"] !== undefined) {
    lookupUrl = checkText(o["lookupUrl"], ["options", "lookupUrl"]);
    if (!/^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(lookupUrl)) {
      throw mustBe("INVALID_OPTION", ["options", "lookupUrl"], "an http(s) URL", "địa chỉ http(s)", lookupUrl);
    }
  }
  let fee: number | undefined;
  if (o["fee"] !== undefined) fee = checkInteger(o["fee"], ["options", "fee"], "INVALID_OPTION", 0, 1e15);
  return {
    lang,
    agencyName: checkText(o["agencyName"], ["options", "agencyName"]),
    parentAgencyName: optionalText(o, "parentAgencyName"),
    agencyAddress: optionalText(o, "agencyAddress"),
    placeName: checkText(o["placeName"], ["options", "placeName"]),
    signerTitle: optionalText(o, "signerTitle"),
    signerName: optionalText(o, "signerName"),
    documentNumber: optionalText(o, "documentNumber"),
    date,
    lookupUrl,
    qr,
    recipients,
    fee,
  };
}
