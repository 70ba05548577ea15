/**
 * The Quốc hiệu and Tiêu ngữ (NĐ 30/2020, PL I, Phần I, Mục II, khoản 1): fixed words every document carries
 * at the top right. One home for the templates, the writer and the rule that checks them.
 */

/** The Quốc hiệu, in capitals. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

/** The Tiêu ngữ: each phrase capitalised, joined by hyphens with spaces around them. */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
