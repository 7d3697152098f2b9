import { describe, expect, it, vi } from "vitest";
import {
  createDossierCodeGenerator,
  type DossierCounter,
  type DossierCounterKey,
  formatDossierCode,
  parseDossierCode,
} from "../../src/models/index.js";
import { expectTthcError, expectTthcRejection } from "./_helpers.js";

const AGENCY = "000.00.12.H26";

/** An atomic in-memory counter per (agency, date), like a database sequence. */
function memoryCounter() {
  const counts = new Map<string, number>();
  const calls: DossierCounterKey[] = [];
  const counter: DossierCounter = async (key) => {
    calls.push(key);
    const next = (counts.get(`${key.agency}|${key.date}`) ?? 0) + 1;
    counts.set(`${key.agency}|${key.date}`, next);
    return next;
  };
  return { counter, calls };
}

describe("MOD-14 createDossierCodeGenerator", () => {
  it("MOD-14 the first dossier received on 2023-09-15 at 000.00.12.H26 is 000.00.12.H26-230915-0001", async () => {
    const { counter } = memoryCounter();
    const generator = createDossierCodeGenerator({ agency: AGENCY, counter });
    await expect(generator.generate("d1", "2023-09-15T09:00:00+07:00")).resolves.toBe("000.00.12.H26-230915-0001");
    await expect(generator.generate("d2", "2023-09-15T16:59:00+07:00")).resolves.toBe("000.00.12.H26-230915-0002");
    expect(generator.agency).toBe(AGENCY);
  });

  it("MOD-14 the date is the receipt date in Asia/Ho_Chi_Minh, whatever the offset given", async () => {
    const { counter, calls } = memoryCounter();
    const generator = createDossierCodeGenerator({ agency: AGENCY, counter });
    // 16:59:59Z is 23:59:59 in Vietnam; 17:00Z is midnight of the next day there.
    await expect(generator.generate("a", "2023-09-14T16:59:59Z")).resolves.toBe("000.00.12.H26-230914-0001");
    await expect(generator.generate("b", "2023-09-14T17:00:00Z")).resolves.toBe("000.00.12.H26-230915-0001");
    await expect(generator.generate("c", "2023-09-14T20:00:00-05:00")).resolves.toBe("000.00.12.H26-230915-0002");
    await expect(generator.generate("d", new Date(Date.UTC(2023, 8, 15, 1)))).resolves.toBe(
      "000.00.12.H26-230915-0003",
    );
    expect(calls.map((key) => key.date)).toEqual(["2023-09-14", "2023-09-15", "2023-09-15", "2023-09-15"]);
    expect(calls[0]).toEqual({ agency: AGENCY, date: "2023-09-14" });
  });

  it("MOD-15 the sequence restarts each day (the counter is keyed by agency and date)", async () => {
    const { counter } = memoryCounter();
    const generator = createDossierCodeGenerator({ agency: AGENCY, counter });
    await generator.generate("a", "2023-09-15T09:00:00+07:00");
    await expect(generator.generate("b", "2023-09-16T09:00:00+07:00")).resolves.toBe("000.00.12.H26-230916-0001");
  });

  it("MOD-16 a code is never regenerated: the same dossier gets the same code, one counter call", async () => {
    const { counter, calls } = memoryCounter();
    const generator = createDossierCodeGenerator({ agency: AGENCY, counter });
    const [first, again] = await Promise.all([
      generator.generate("d1", "2023-09-15T09:00:00+07:00"),
      generator.generate("d1", "2023-09-15T09:00:00+07:00"),
    ]);
    const later = await generator.generate("d1", "2023-09-20T09:00:00+07:00");
    expect(first).toBe("000.00.12.H26-230915-0001");
    expect(again).toBe(first);
    expect(later).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it("MOD-15 DOSSIER_SEQUENCE_OVERFLOW above 9999; a failed generation is not memoised", async () => {
    let next = 9999;
    const generator = createDossierCodeGenerator({ agency: AGENCY, counter: async () => next++ });
    await expect(generator.generate("a", "2023-09-15T09:00:00+07:00")).resolves.toBe("000.00.12.H26-230915-9999");
    const error = await expectTthcRejection(
      generator.generate("b", "2023-09-15T09:00:00+07:00"),
      "DOSSIER_SEQUENCE_OVERFLOW",
      ["counter"],
    );
    expect(error.details).toMatchObject({ sequence: 10000, agency: AGENCY, date: "2023-09-15" });
    next = 5;
    await expect(generator.generate("b", "2023-09-15T09:00:00+07:00")).resolves.toBe("000.00.12.H26-230915-0005");
  });

  it("a counter that repeats a sequence is asked again; one that keeps repeating gives DOSSIER_CODE_CONFLICT", async () => {
    const values = [1, 1, 2];
    const generator = createDossierCodeGenerator({ agency: AGENCY, counter: async () => values.shift() ?? 1 });
    await expect(generator.generate("a", "2023-09-15T09:00:00+07:00")).resolves.toBe("000.00.12.H26-230915-0001");
    await expect(generator.generate("b", "2023-09-15T09:00:00+07:00")).resolves.toBe("000.00.12.H26-230915-0002");
    const counter = vi.fn(async () => 1);
    const stuck = createDossierCodeGenerator({ agency: AGENCY, counter, maxCounterRetries: 2 });
    await stuck.generate("a", "2023-09-15T09:00:00+07:00");
    await expectTthcRejection(stuck.generate("b", "2023-09-15T09:00:00+07:00"), "DOSSIER_CODE_CONFLICT", ["counter"]);
    expect(counter).toHaveBeenCalledTimes(4); // 1 for "a", then 1 + 2 retries for "b"
  });

  it("forgets the oldest receipt dates beyond retainDays", async () => {
    const { counter, calls } = memoryCounter();
    const generator = createDossierCodeGenerator({ agency: AGENCY, counter, retainDays: 1 });
    await generator.generate("a", "2023-09-15T09:00:00+07:00");
    await generator.generate("b", "2023-09-16T09:00:00+07:00");
    // "a" was forgotten with its date: asking again consults the counter (the host persists codes).
    await expect(generator.generate("a", "2023-09-15T09:00:00+07:00")).resolves.toBe("000.00.12.H26-230915-0002");
    expect(calls).toHaveLength(3);
  });

  it("bad input: options", () => {
    const { counter } = memoryCounter();
    expectTthcError(() => createDossierCodeGenerator({ agency: "H26", counter }), "INVALID_AGENCY_CODE", ["agency"]);
    expectTthcError(() => createDossierCodeGenerator({ agency: null as never, counter }), "INVALID_AGENCY_CODE", [
      "agency",
    ]);
    expectTthcError(() => createDossierCodeGenerator({ agency: AGENCY, counter: 1 as never }), "INVALID_OPTION", [
      "counter",
    ]);
    expectTthcError(
      () => createDossierCodeGenerator({ agency: AGENCY, counter, maxCounterRetries: -1 }),
      "INVALID_OPTION",
      ["maxCounterRetries"],
    );
    expectTthcError(() => createDossierCodeGenerator({ agency: AGENCY, counter, retainDays: 0.5 }), "INVALID_OPTION", [
      "retainDays",
    ]);
    expectTthcError(() => createDossierCodeGenerator(null as never), "INVALID_OPTION", []);
  });

  it("bad input: generate arguments and counter results reject with TthcError", async () => {
    const { counter, calls } = memoryCounter();
    const generator = createDossierCodeGenerator({ agency: AGENCY, counter });
    await expectTthcRejection(generator.generate("", "2023-09-15T09:00:00+07:00"), "INVALID_DOSSIER", ["dossierId"]);
    await expectTthcRejection(generator.generate("x", "2023-09-15 09:00"), "INVALID_INSTANT", ["receivedAt"]);
    await expectTthcRejection(generator.generate("x", "2023-09-15T09:00:00"), "INVALID_INSTANT", ["receivedAt"]);
    await expectTthcRejection(generator.generate("x", "2023-02-29T09:00:00+07:00"), "INVALID_INSTANT", ["receivedAt"]);
    await expectTthcRejection(generator.generate("x", new Date(Number.NaN)), "INVALID_INSTANT", ["receivedAt"]);
    await expectTthcRejection(generator.generate("x", null as never), "INVALID_INSTANT", ["receivedAt"]);
    await expectTthcRejection(generator.generate("x", "1999-12-31T09:00:00+07:00"), "OUT_OF_RANGE", ["receivedAt"]);
    expect(calls).toHaveLength(0);
    for (const value of [0, -1, 1.5, Number.NaN, "1", null]) {
      const odd = createDossierCodeGenerator({ agency: AGENCY, counter: async () => value as number });
      await expectTthcRejection(odd.generate("x", "2023-09-15T09:00:00+07:00"), "INVALID_OPTION", ["counter"]);
    }
  });

  it("a counter failure propagates and is not memoised", async () => {
    let fail = true;
    const generator = createDossierCodeGenerator({
      agency: AGENCY,
      counter: async () => {
        if (fail) throw new Error("database down");
        return 7;
      },
    });
    await expect(generator.generate("x", "2023-09-15T09:00:00+07:00")).rejects.toThrow("database down");
    fail = false;
    const code = await generator.generate("x", "2023-09-15T09:00:00+07:00");
    expect(parseDossierCode(code).sequence).toBe(7);
  });
});

describe("unknown keys and foreign input (issue 13)", () => {
  const counter: DossierCounter = async () => 1;
  it("createDossierCodeGenerator refuses an unknown option with INVALID_OPTION and its path", () => {
    expectTthcError(
      () => createDossierCodeGenerator({ agency: AGENCY, counter, retainDay: 5 } as never),
      "INVALID_OPTION",
      ["retainDay"],
    );
    expectTthcError(
      () => createDossierCodeGenerator(JSON.parse(`{"agency":"${AGENCY}","__proto__":{}}`)),
      "INVALID_OPTION",
      ["__proto__"],
    );
    expectTthcError(() => createDossierCodeGenerator([AGENCY, counter] as never), "INVALID_OPTION", []);
  });

  it("formatDossierCode refuses an unknown key with INVALID_OPTION and a non-object with INVALID_DOSSIER_CODE", () => {
    expectTthcError(
      () => formatDossierCode({ agency: AGENCY, date: "2023-09-15", sequence: 1, seq: 2 } as never),
      "INVALID_OPTION",
      ["seq"],
    );
    expectTthcError(() => formatDossierCode([AGENCY, "2023-09-15", 1] as never), "INVALID_DOSSIER_CODE", []);
    expectTthcError(() => formatDossierCode(null as never), "INVALID_DOSSIER_CODE", []);
    expect(formatDossierCode(parseDossierCode("000.00.12.H26-230915-0001"))).toBe("000.00.12.H26-230915-0001");
  });

  it("10,000-deep options are refused with a TthcError", () => {
    let nested: unknown = {};
    for (let i = 0; i < 10_000; i++) nested = { agency: nested };
    expectTthcError(() => createDossierCodeGenerator(nested as never), "INVALID_AGENCY_CODE", ["agency"]);
    expectTthcError(() => formatDossierCode(nested as never), "INVALID_AGENCY_CODE", ["agency"]);
  });
});
