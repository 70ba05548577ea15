/**
 * A strict RFC 4180 reader for the tests: fields separated by commas, records by CRLF, quoted fields
 * may hold commas, quotes (doubled) and line breaks. Throws on a stray quote, so a badly quoted
 * field fails the test instead of shifting columns.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') {
          throw new Error(`CSV: text after a closing quote at ${i}`);
        }
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      if (field !== '') {
        throw new Error(`CSV: a quote inside an unquoted field at ${i}`);
      }
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`CSV: a bare line break outside quotes at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) {
    throw new Error('CSV: an unclosed quote');
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
