/**
 * Settings types (stored by electron-store in the app, by a JSON file in the web host).
 */

export type SignerProfile = {
  readonly name: string;
  /** "CHỦ TỊCH" or "PHÓ CHỦ TỊCH". */
  readonly title: string;
};

/** Hồ sơ cơ quan: the defaults a new plan is filled from. */
export type AgencyProfile = {
  readonly parentAgency: string;
  /** Issuing body lines, "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG". */
  readonly agency: string;
  /** Abbreviation of the issuer in the ký hiệu ("UBND"). */
  readonly agencyCode: string;
  readonly place: string;
  /** "ubnd-tinh" | "ubnd-huyen" | "ubnd-xa" | "so". */
  readonly issuingBody: 'ubnd-tinh' | 'ubnd-huyen' | 'ubnd-xa' | 'so';
  readonly signers: readonly SignerProfile[];
  readonly recipients: readonly string[];
  /** The drafting unit's code on the "Lưu: VT, …" line. */
  readonly archiveCode: string;
};

/** Zoom of the sheet: a fixed percent (50–200) or the desk's width ("Vừa chiều rộng"). */
export type SheetZoom = number | 'fit';

/** How the main window is laid out: remembered across launches, in both hosts. */
export type ViewSettings = {
  readonly zoom: SheetZoom;
  /** The outline (left) and checks (right) panels open; collapsed to a rail when false. */
  readonly outlineOpen: boolean;
  readonly checksOpen: boolean;
};

/** The percents a fixed zoom may take. */
export const ZOOM_LIMITS = { min: 50, max: 200 } as const;

export type Settings = {
  readonly agencyProfile: AgencyProfile;
  readonly view: ViewSettings;
};

/** The view of a fresh install: the sheet at 100 %, both panels open. */
export const DEFAULT_VIEW: ViewSettings = { zoom: 100, outlineOpen: true, checksOpen: true };

/** Settings of a fresh install: an empty profile the user fills in. */
export const DEFAULT_SETTINGS: Settings = {
  agencyProfile: {
    parentAgency: '',
    agency: 'ỦY BAN NHÂN DÂN\nTỈNH …',
    agencyCode: 'UBND',
    place: '',
    issuingBody: 'ubnd-tinh',
    signers: [],
    recipients: [],
    archiveCode: '',
  },
  view: DEFAULT_VIEW,
};
