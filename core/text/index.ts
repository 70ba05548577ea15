export { POINT_LETTERS, fromRoman, pointIndex, pointLetter, toRoman } from './letters';
export { headingKey, isAllCaps, lower, normalizeText, squeeze, stripDiacritics, upper } from './normalize';
export type { DateLineParts } from './dates';
export { formatDateWords, formatDay, formatMonth, isRealDate, parseDateLine, toPlanDate } from './dates';
export { defaultFileName } from './file-name';
