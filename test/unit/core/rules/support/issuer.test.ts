import { describe, expect, it } from 'vitest';
import { issuerFromSentence } from '../../../../../core/rules/support/issuer';

describe('reading who issues from the opening sentence', () => {
  it('tells the Chủ tịch from the UBND, and ignores a cited document\'s issuer', () => {
    expect([
      'Thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ; Chủ tịch UBND tỉnh ban hành Kế hoạch triển khai, thực hiện như sau:',
      'Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch thực hiện Chiến lược văn hóa đối ngoại, cụ thể như sau:',
      'Căn cứ Quy chế làm việc do của UBND tỉnh ban hành kèm theo Quyết định số 12/QĐ-UBND;',
      'Thực hiện Kế hoạch số 324/KH-UBND ngày 13/7/2021 của UBND tỉnh về chuyển đổi số.',
    ].map(issuerFromSentence)).toEqual(['head', 'collective', null, null]);
  });
});
