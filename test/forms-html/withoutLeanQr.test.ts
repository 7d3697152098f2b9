/** Without the optional package lean-qr, the receipt's QR codes are refused in both languages; qr: false still prints. */
import { describe, expect, it, vi } from "vitest";
import { FORM_DATA, FORM_OPTIONS } from "../../scripts/_formSamples.mjs";
import { TthcError } from "../../src/errors.js";
import { renderFormHtml } from "../../src/forms-html/index.js";
import { createFormDocument } from "../../src/workflow/index.js";

vi.mock("lean-qr", () => {
  throw new Error("Cannot find package 'lean-qr'");
});

const slip = createFormDocument("VN-2018", "appointmentSlip", FORM_DATA["appointmentSlip"] as never);

describe("renderFormHtml without lean-qr", () => {
  it("rejects with MISSING_DEPENDENCY saying what to install, in English and Vietnamese", async () => {
    const error = await renderFormHtml(slip, FORM_OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TthcError);
    expect((error as TthcError).code).toBe("MISSING_DEPENDENCY");
    expect((error as TthcError).path).toEqual(["options", "qr"]);
    expect((error as TthcError).message).toContain("npm install lean-qr");
    expect((error as TthcError).messageVi).toContain("npm install lean-qr");
    expect((error as TthcError).messageVi).toContain("qr: false");
  });

  it("prints the receipt without QR codes when asked to, and the other forms need nothing", async () => {
    const html = await renderFormHtml(slip, { ...FORM_OPTIONS, qr: false });
    expect(html).toContain("000.00.12.H26-260305-0001");
    expect(html).not.toContain("<svg");
    const refusal = createFormDocument("VN-2018", "intakeRefusalNotice", FORM_DATA["intakeRefusalNotice"] as never);
    await expect(renderFormHtml(refusal, FORM_OPTIONS)).resolves.toContain("PHIẾU TỪ CHỐI");
  });
});
