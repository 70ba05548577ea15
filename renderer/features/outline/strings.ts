/**
 * Vietnamese words of the outline panel.
 */
export const OUTLINE_STRINGS = {
  title: 'Dàn ý',
  untitled: '(chưa có tiêu đề)',
  findings: (n: number): string => `${n} vấn đề`,
} as const;
