// Types of scripts/_formSamples.mjs, for the tests that share its data.
export declare const FORM_DATA: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
export declare const FORM_OPTIONS: {
  readonly parentAgencyName: string;
  readonly agencyName: string;
  readonly placeName: string;
  readonly agencyAddress: string;
  readonly signerName: string;
  readonly lookupUrl: string;
};
export declare const LONG_SUPPLEMENT_ITEMS: readonly Readonly<Record<string, unknown>>[];
export declare const LONG_CONTROL_ROWS: readonly Readonly<Record<string, unknown>>[];
