/**
 * The printable forms: every kind of both rule sets in both languages, laid out as NĐ 30/2020/NĐ-CP
 * sets an administrative document (DOC-1 to DOC-11), every piece of data escaped, QR codes that
 * decode back to their text, and bad input refused before anything is written.
 */
import jsqr from "jsqr";
import { describe, expect, it } from "vitest";
import { FORM_DATA, FORM_OPTIONS, LONG_CONTROL_ROWS } from "../../scripts/_formSamples.mjs";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { TthcError } from "../../src/errors.js";
import { type FormHtmlOptions, renderFormHtml, renderRegisterHtml } from "../../src/forms-html/index.js";
import { BIRTH_REGISTRATION } from "../../src/models/fixtures/index.js";
import { RULE_SETS, type RuleSetId } from "../../src/models/index.js";
import {
  buildDossierRegisterRow,
  buildProcessControlSlip,
  createFormDocument,
  type OneStopFormDocument,
  replay,
  transition,
} from "../../src/workflow/index.js";

const OPTIONS: FormHtmlOptions = FORM_OPTIONS;
/** jsQR is CommonJS: its types name the function `default`, which it also is at run time. */
const jsQR = jsqr.default;
const CODE = "000.00.12.H26-260305-0001";

function formOf(ruleSet: RuleSetId, kind: string, data: unknown = FORM_DATA[kind]): OneStopFormDocument {
  return createFormDocument(ruleSet, kind as "appointmentSlip", data as never);
}

const CASES = (["VN-2018", "VN-2025"] as const).flatMap((ruleSet) =>
  RULE_SETS[ruleSet].forms.flatMap((f) => (["vi", "en"] as const).map((lang) => [ruleSet, f.kind, lang] as const)),
);

async function rejection(promise: Promise<unknown> | (() => unknown)): Promise<TthcError> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    if (error instanceof TthcError) return error;
    throw error;
  }
  throw new Error("expected a TthcError");
}

/** The visible text of a document: tags dropped, the five entities decoded. */
function textOf(html: string): string {
  const body = html.slice(html.indexOf("<body>"));
  return body
    .replace(/<svg[\s\S]*?<\/svg>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("every form of both rule sets, in both languages", () => {
  it("covers the six forms of VN-2018 and the seven of VN-2025, twice each", () => {
    expect(CASES).toHaveLength(26);
  });

  it.each(CASES)("%s %s (%s) is a complete document with the parts of DOC-4 to DOC-8", async (ruleSet, kind, lang) => {
    const form = formOf(ruleSet, kind);
    const html = await renderFormHtml(form, { ...OPTIONS, lang });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain(`<html lang="${lang}">`);
    const text = textOf(html);
    // Agency block (DOC-5): the parent agency and the agency, in capitals.
    expect(text).toContain("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
    expect(text).toContain("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
    // National title and motto (DOC-4), or their translation.
    if (lang === "vi") {
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(text).not.toContain("Translation");
    } else {
      expect(text).toContain("SOCIALIST REPUBLIC OF VIET NAM");
      expect(text).toContain("Independence - Freedom - Happiness");
      expect(text).toContain("Translation for reading only: the legal document is the Vietnamese text");
    }
    // Document title (DOC-8) in capitals, with the number its rule set gives the form.
    const entry = RULE_SETS[ruleSet].forms.find((f) => f.kind === kind);
    expect(text).toContain((lang === "vi" ? form.title.vi : form.title.en).toLocaleUpperCase("vi"));
    expect(text).toContain(`${lang === "vi" ? "Mẫu số" : "Form"} ${entry?.number} —`);
    expect(text).toContain(ruleSet === "VN-2018" ? "01/2018/TT-VPCP" : "03/2025/TT-VPCP");
    if (kind !== "intakeRefusalNotice") expect(text).toContain(CODE);
    expect(text).toContain("Nguyễn Thị Hằng");
    // Address line (DOC-11).
    expect(text).toContain("motcua@badinh.example.vn");
  });
});

describe("layout (DOC-1 to DOC-3, DOC-9)", () => {
  it("prints letters and slips on A4 portrait with the decree's margins, tables in landscape with a repeated header row", async () => {
    const slip = await renderFormHtml(formOf("VN-2025", "appointmentSlip"), OPTIONS);
    expect(slip).toContain("@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;");
    const control = await renderFormHtml(formOf("VN-2025", "processControlSlip"), OPTIONS);
    expect(control).toContain("size: A4 landscape");
    expect(control).toContain("thead { display: table-header-group; }");
    const register = await renderFormHtml(formOf("VN-2018", "dossierRegister"), OPTIONS);
    expect(register).toContain("size: A4 landscape");
  });

  it("writes in Times New Roman or a face with its metrics, loads nothing, runs nothing", async () => {
    for (const [ruleSet, kind] of CASES) {
      const html = await renderFormHtml(formOf(ruleSet, kind), OPTIONS);
      expect(html).toContain('font-family: "Times New Roman", Tinos, "Liberation Serif"');
      expect(html).not.toMatch(/<(script|link|img|iframe|object)\b|url\(|@import|\bsrc=|\bhref=/i);
      expect(html).toContain("default-src 'none'");
    }
  });

  it("keeps the signature block on one page", async () => {
    const html = await renderFormHtml(formOf("VN-2018", "apologyLetter"), OPTIONS);
    expect(html).toMatch(/\.closing \{[^}]*break-inside: avoid/);
  });

  it("puts the place and the date in words on the number's line (DOC-6, DOC-7)", async () => {
    const slip = textOf(await renderFormHtml(formOf("VN-2025", "appointmentSlip"), OPTIONS));
    expect(slip).toContain("Hà Nội, ngày 05 tháng 3 năm 2026");
    expect(slip).toContain("Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 05 tháng 3 năm 2026");
    const apology = textOf(await renderFormHtml(formOf("VN-2018", "apologyLetter"), OPTIONS));
    expect(apology).toContain("Số: 07/XL-UBND");
    expect(apology).toContain("Hà Nội, ngày 09 tháng 3 năm 2026");
    const en = textOf(await renderFormHtml(formOf("VN-2018", "apologyLetter"), { ...OPTIONS, lang: "en" }));
    expect(en).toContain("No.: 07/XL-UBND");
    expect(en).toContain("Hà Nội, 9 March 2026");
  });

  it("lists the recipients with '-', ';' between and '.' at the end (DOC-10)", async () => {
    const text = textOf(await renderFormHtml(formOf("VN-2025", "stopProcessingNotice"), OPTIONS));
    expect(text).toContain("Nơi nhận: - Nguyễn Thị Hằng; - Lưu: VT.");
    expect(text).toContain("THỦ TRƯỞNG CƠ QUAN");
    const custom = textOf(
      await renderFormHtml(formOf("VN-2025", "stopProcessingNotice"), {
        ...OPTIONS,
        recipients: ["Như trên;", "Lưu: VT, Tư pháp."],
        signerTitle: "Chủ tịch",
      }),
    );
    expect(custom).toContain("Nơi nhận: - Như trên; - Lưu: VT, Tư pháp.");
    expect(custom).toContain("CHỦ TỊCH");
  });

  it("writes the fee in đồng with thousands separators", async () => {
    const text = textOf(await renderFormHtml(formOf("VN-2025", "appointmentSlip"), { ...OPTIONS, fee: 1_500_000 }));
    expect(text).toContain("Phí, lệ phí: 1.500.000 đồng");
  });

  it("prints the register's rows under one repeated header, numbered", () => {
    const row = formOf("VN-2025", "dossierRegister");
    const text = textOf(renderRegisterHtml([row, row, row], OPTIONS));
    expect(text).toContain("SỔ THEO DÕI HỒ SƠ");
    expect(text.match(new RegExp(CODE.replace(/\./g, "\\."), "g"))).toHaveLength(3);
    expect(text).toContain("Mẫu số 07 —");
  });

  it("leaves rows to fill by hand on an empty control slip, and prints long ones whole", async () => {
    const empty = await renderFormHtml(
      formOf("VN-2018", "processControlSlip", { ...FORM_DATA["processControlSlip"], rows: [] }),
      OPTIONS,
    );
    const rowsOf = (html: string): number =>
      html.slice(html.indexOf('<table class="grid"')).match(/<tr[ >]/g)?.length ?? 0;
    expect(rowsOf(empty)).toBe(5);
    expect(empty.match(/<tr class="blank">/g)).toHaveLength(4);
    const long = await renderFormHtml(
      formOf("VN-2018", "processControlSlip", { ...FORM_DATA["processControlSlip"], rows: LONG_CONTROL_ROWS }),
      OPTIONS,
    );
    expect(rowsOf(long)).toBe(31);
  });
});

/** The dark modules of an SVG QR code: its path (rectilinear outlines) filled by the even-odd rule. */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const box = /viewBox="(-?\d+) (-?\d+) (\d+) (\d+)"/.exec(svg);
  const d = /<path[^>]* d="([^"]+)"/.exec(svg)?.[1] ?? "";
  if (box === null || d === "") throw new Error("not a QR svg");
  const [x0, y0, side] = [Number(box[1]), Number(box[2]), Number(box[3])];
  // Vertical edges of every sub-path: a point is inside when an odd number of them lies to its left.
  const edges: [number, number, number][] = [];
  for (const sub of d.split("Z").filter((s) => s.trim() !== "")) {
    const points = [...sub.matchAll(/[ML](-?\d+) (-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    points.forEach(([ax, ay], i) => {
      const [bx, by] = points[(i + 1) % points.length] as readonly [number, number];
      if (ax === bx && ay !== by) edges.push([ax, Math.min(ay, by), Math.max(ay, by)]);
    });
  }
  const width = side * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let my = 0; my < side; my++) {
    for (let mx = 0; mx < side; mx++) {
      const [px, py] = [x0 + mx + 0.5, y0 + my + 0.5];
      const crossings = edges.filter(([ex, ya, yb]) => ex < px && py > ya && py < yb).length;
      if (crossings % 2 === 0) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = ((my * scale + dy) * width + mx * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    }
  }
  return { data, width, height: width };
}

describe("QR codes on the receipt", () => {
  it("decode back to the dossier code and to the lookup address with the code in it", async () => {
    const html = await renderFormHtml(formOf("VN-2025", "appointmentSlip"), OPTIONS);
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(2);
    const decoded = svgs.map((svg) => {
      const image = rasterise(svg);
      return jsQR(image.data, image.width, image.height)?.data;
    });
    expect(decoded).toEqual([CODE, `https://dichvucong.example.vn/tra-cuu?ma=${encodeURIComponent(CODE)}`]);
  });

  it("decode a hostile dossier code to the same text while the page shows it as text", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const form = formOf("VN-2025", "appointmentSlip", { ...FORM_DATA["appointmentSlip"], dossierCode: hostile });
    const html = await renderFormHtml(form, { ...OPTIONS, lookupUrl: undefined } as never);
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? "";
    const image = rasterise(svg);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(hostile);
  });

  it("are left out with qr: false, and only the receipt has them", async () => {
    expect(await renderFormHtml(formOf("VN-2025", "appointmentSlip"), { ...OPTIONS, qr: false })).not.toContain("<svg");
    expect(await renderFormHtml(formOf("VN-2025", "supplementRequest"), OPTIONS)).not.toContain("<svg");
  });
});

const PAYLOAD = "<img src=x onerror=alert(1)>";
const ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

/** Paths of the string fields of a value, where the data prints them. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}T/.test(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  }
  return [];
}

function withValue(value: unknown, path: readonly (string | number)[], replacement: string): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    return value.map((v, i) => (i === head ? withValue(v, rest, replacement) : v));
  }
  const record = value as Record<string, unknown>;
  return { ...record, [head]: withValue(record[head], rest, replacement) };
}

/** Codes, not text (refused when not one of their values): a channel, a stage, an outcome, a unit of time. */
const isCoded = (path: readonly (string | number)[]): boolean =>
  path[0] === "timeLimit" || ["resultChannel", "stage", "outcome"].includes(String(path[path.length - 1]));
/** Bookkeeping the form does not print. */
const NOT_PRINTED = new Set(["componentId"]);

describe("every piece of data is escaped", () => {
  const cases = (["VN-2018", "VN-2025"] as const).flatMap((ruleSet) =>
    RULE_SETS[ruleSet].forms.flatMap((f) =>
      stringPaths(FORM_DATA[f.kind])
        .filter((p) => !isCoded(p))
        .map((p) => [ruleSet, f.kind, p.join(".")] as const),
    ),
  );

  it("covers the text fields of every kind", () => {
    expect(new Set(cases.map((c) => c[1])).size).toBe(7);
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases)("%s %s: a hostile data.%s prints as text", async (ruleSet, kind, dotted) => {
    const path = dotted.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const data = withValue(FORM_DATA[kind], path, PAYLOAD);
    // The stop notice prints its signer only when no signerName option overrides it.
    const { signerName: _, ...withoutSigner } = FORM_OPTIONS;
    const options = kind === "stopProcessingNotice" ? withoutSigner : OPTIONS;
    for (const lang of ["vi", "en"] as const) {
      const form = formOf(ruleSet, kind, data);
      const html =
        kind === "dossierRegister"
          ? renderRegisterHtml([form], { ...options, lang })
          : await renderFormHtml(form, { ...options, lang });
      expect(html.toLowerCase()).not.toContain("<img");
      if (!NOT_PRINTED.has(String(path[path.length - 1]))) expect(html).toContain(ESCAPED);
    }
  });

  it.each([
    "agencyName",
    "parentAgencyName",
    "agencyAddress",
    "placeName",
    "signerTitle",
    "signerName",
    "documentNumber",
  ])("a hostile option %s prints as text on every form", async (key) => {
    for (const [ruleSet, kind, lang] of CASES) {
      const html = await renderFormHtml(formOf(ruleSet, kind), { ...OPTIONS, lang, [key]: PAYLOAD });
      expect(html.toLowerCase()).not.toContain("<img");
      // The table forms have no date line and no signature block: no place, no signer.
      const table = kind === "processControlSlip" || kind === "dossierRegister";
      const printed = !(table && ["placeName", "signerTitle", "signerName"].includes(key));
      // Agency names and titles are printed in capitals (DOC-5, DOC-9).
      if (printed) expect(html.toLowerCase()).toContain(ESCAPED);
    }
  });

  it.each(CASES)("%s %s (%s): a hostile title prints as text", async (ruleSet, kind, lang) => {
    const form = formOf(ruleSet, kind);
    const hostile = { ...form, title: { vi: PAYLOAD, en: PAYLOAD } } as OneStopFormDocument;
    const html =
      kind === "dossierRegister"
        ? renderRegisterHtml([hostile], { ...OPTIONS, lang })
        : await renderFormHtml(hostile, { ...OPTIONS, lang });
    expect(html.toLowerCase()).not.toContain("<img");
    expect(html.toLowerCase()).toContain(ESCAPED);
  });

  it("a hostile recipient and a lookup address with markup in its query print as text", async () => {
    const html = await renderFormHtml(formOf("VN-2025", "appointmentSlip"), {
      ...OPTIONS,
      lookupUrl: `https://x.example/?q=${PAYLOAD.replace(/ /g, "")}`,
    });
    expect(html.toLowerCase()).not.toContain("<img");
    const letter = await renderFormHtml(formOf("VN-2025", "apologyLetter"), { ...OPTIONS, recipients: [PAYLOAD] });
    expect(letter).toContain(`- ${ESCAPED}.`);
  });
});

describe("bad input is refused before anything is written", () => {
  const slip = formOf("VN-2025", "appointmentSlip");

  it.each([
    ["an unknown kind", { ...slip, form: "receiptSlip" }, "INVALID_OPTION", ["form"]],
    ["an unknown rule set", { ...slip, ruleSet: "VN-2030" }, "INVALID_OPTION", ["ruleSet"]],
    [
      "a stop notice under VN-2018",
      { ...formOf("VN-2025", "stopProcessingNotice"), ruleSet: "VN-2018" },
      "TRANSITION_NOT_ALLOWED",
      ["form"],
    ],
    [
      "a VN-2018 control slip numbered as under VN-2025",
      { ...formOf("VN-2025", "processControlSlip"), ruleSet: "VN-2018" },
      "INVALID_OPTION",
      ["number"],
    ],
    [
      "a missing applicant",
      { ...slip, data: { ...slip.data, applicantName: undefined } },
      "INVALID_OPTION",
      ["data", "applicantName"],
    ],
    [
      "an empty applicant",
      { ...slip, data: { ...slip.data, applicantName: " " } },
      "INVALID_OPTION",
      ["data", "applicantName"],
    ],
    [
      "an impossible date-time",
      { ...slip, data: { ...slip.data, dueAt: "2026-02-30T17:00:00+07:00" } },
      "INVALID_INSTANT",
      ["data", "dueAt"],
    ],
    ["an unknown field", { ...slip, data: { ...slip.data, fee: 1 } }, "INVALID_OPTION", ["data", "fee"]],
    [
      "a bad channel",
      { ...slip, data: { ...slip.data, resultChannel: "fax" } },
      "INVALID_OPTION",
      ["data", "resultChannel"],
    ],
    [
      "a fractional day count",
      { ...slip, data: { ...slip.data, timeLimit: { value: 2.5, unit: "workingDays" } } },
      "INVALID_DURATION",
      ["data", "timeLimit", "value"],
    ],
    [
      "a supplement request with nothing to supplement",
      formOf("VN-2018", "supplementRequest", { ...FORM_DATA["supplementRequest"], items: [] }),
      "INVALID_OPTION",
      ["data", "items"],
    ],
    [
      "a supplement item without a reason",
      formOf("VN-2018", "supplementRequest", {
        ...FORM_DATA["supplementRequest"],
        items: [{ name: "Giấy chứng sinh" }],
      }),
      "INVALID_OPTION",
      ["data", "items", 0, "reason"],
    ],
    ["not a form", "Mẫu 01", "INVALID_OPTION", []],
  ])("%s", async (_, form, code, path) => {
    const error = await rejection(renderFormHtml(form as never, OPTIONS));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
    expect(error.messageVi).toBeTruthy();
  });

  it.each([
    ["no options", undefined, ["options"]],
    ["an unknown option", { ...OPTIONS, agency: "x" }, ["options", "agency"]],
    ["no agency", { placeName: "Hà Nội" }, ["options", "agencyName"]],
    ["no place", { agencyName: "UBND" }, ["options", "placeName"]],
    ["a lookup address that is a script", { ...OPTIONS, lookupUrl: "javascript:alert(1)" }, ["options", "lookupUrl"]],
    ["a language of no one", { ...OPTIONS, lang: "fr" }, ["options", "lang"]],
    ["no recipients", { ...OPTIONS, recipients: [] }, ["options", "recipients"]],
    ["a fractional fee", { ...OPTIONS, fee: 0.5 }, ["options", "fee"]],
    ["an impossible date", { ...OPTIONS, date: "2026-02-29" }, ["options", "date"]],
  ])("%s", async (_, options, path) => {
    const error = await rejection(renderFormHtml(slip, options as never));
    expect(error.code).toBe(path.at(-1) === "date" ? "INVALID_DATE" : "INVALID_OPTION");
    expect(error.path).toEqual(path);
  });

  it("refuses an empty register, a row of another kind or of the other rule set", async () => {
    const row = formOf("VN-2025", "dossierRegister");
    expect((await rejection(() => renderRegisterHtml([], OPTIONS))).path).toEqual(["rows"]);
    expect((await rejection(() => renderRegisterHtml([row, slip], OPTIONS))).path).toEqual(["rows", 1]);
    const other = formOf("VN-2018", "dossierRegister");
    expect((await rejection(() => renderRegisterHtml([row, other], OPTIONS))).path).toEqual(["rows", 1]);
  });

  it("prints the forms the workflow issues: an issueForm effect, a register row whose appointment is a date", async () => {
    const effect = { type: "issueForm", ...formOf("VN-2025", "intakeRefusalNotice") };
    expect(await renderFormHtml(effect as never, OPTIONS)).toContain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
    const notify = { ...effect, type: "notify" };
    expect((await rejection(renderFormHtml(notify as never, OPTIONS))).path).toEqual(["type"]);
    const row = formOf("VN-2018", "dossierRegister", { ...FORM_DATA["dossierRegister"], dueAt: "2026-03-10" });
    expect(textOf(renderRegisterHtml([row], OPTIONS))).toContain(" 10/03/2026 ");
  });

  it("prints what the workflow builds: the receipt of a receive event, the control slip and the register row", async () => {
    const context = { procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() };
    const desk = { id: "desk-01", role: "receptionist" } as const;
    const applicant = { kind: "citizen", name: "Nguyễn Văn A" } as const;
    const at = "2025-07-01T08:00:00+07:00";
    const submitted = replay([{ type: "submit", at, actor: desk, version: 0, channel: "direct", applicant }], context);
    const receive = {
      type: "receive",
      at: "2025-07-01T08:05:00+07:00",
      actor: desk,
      version: 1,
      code: "000.00.12.H26-250701-0001",
    } as const;
    const { state, effects } = transition(submitted, receive, context);
    const receipt = effects.find((e) => e.type === "issueForm");
    const html = await renderFormHtml(receipt as never, OPTIONS);
    expect(textOf(html)).toContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ Mã hồ sơ: 000.00.12.H26-250701-0001");
    expect(textOf(html)).toContain("Hà Nội, ngày 01 tháng 7 năm 2025");
    await expect(renderFormHtml(buildProcessControlSlip(state, context), OPTIONS)).resolves.toContain("Nguyễn Văn A");
    expect(renderRegisterHtml([buildDossierRegisterRow(state, context)], OPTIONS)).toContain("Nguyễn Văn A");
  });

  it("leaves its input as it was", async () => {
    const form = structuredClone(formOf("VN-2018", "supplementRequest"));
    const before = JSON.stringify(form);
    const options = { ...OPTIONS, recipients: ["Như trên"] };
    await renderFormHtml(form, options);
    expect(JSON.stringify(form)).toBe(before);
    expect(options.recipients).toEqual(["Như trên"]);
  });
});
