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

export type Settings = {
  readonly agencyProfile: AgencyProfile;
};

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
};
