import { describe, expect, test } from 'vitest';
import { elementParagraphs } from '../../../../../core/rules/builtin/format/elements';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';

describe('which paragraph is which element', () => {
  test('maps the recognized letterhead, title, body, recipients and signer to their paragraphs', async () => {
    const doc = await fixtureDocument('docxlib-compliant.docx');
    expect(elementParagraphs(doc).map((e) => `${e.paragraph.index + 1} ${e.element}`)).toEqual([
      '1 agency', '2 agency', '3 number', '4 nationalTitle', '5 motto', '6 date', '7 docType', '8 summary',
      '9 opening', '10 opening', '11 opening',
      '12 sectionHeading', '13 itemTitle', '14 body', '15 itemTitle', '16 body',
      '17 sectionHeading', '18 body', '19 body', '20 sectionHeading', '21 body', '22 sectionHeading', '23 body',
      '24 recipientsHeading', '25 recipient', '26 recipient', '27 recipient', '28 recipient',
      '29 authority', '30 authority', '31 authority', '34 signerName',
    ]);
  });

  test('knows nothing of a document without formatting facts', async () => {
    const { formatting: _facts, ...plain } = await fixtureDocument('docxlib-compliant.docx');
    expect(elementParagraphs(plain)).toEqual([]);
  });
});
