/**
 * Print CSS of the phiếu kiểm tra thể thức: A4, Times New Roman, margins of NĐ 30, page numbers at the
 * foot ("Trang 2/3"); on screen a sheet, and in a narrow window the findings as stacked cards. Self-contained.
 */

/** The stylesheet embedded in the printable report. */
export const REPORT_CSS = `
@page {
  size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
  @bottom-center { content: "Trang " counter(page) "/" counter(pages); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; }
}
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", Times, serif; font-size: 13pt; line-height: 1.35; color: #000; margin: 0; }
main { max-width: 165mm; margin: 0 auto; }
section.doc { page-break-after: always; break-after: page; }
section.doc:last-child { page-break-after: auto; break-after: auto; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 1mm; text-transform: uppercase; }
p.sub { text-align: center; font-style: italic; margin: 0 0 5mm; }
h2 { font-size: 13pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.identity th { width: 42mm; font-weight: bold; }
table.findings { table-layout: fixed; }
table.findings th { background: #eee; font-size: 12pt; overflow-wrap: normal; }
table.findings col.n { width: 12mm; }
table.findings col.sev { width: 22mm; }
table.findings col.where { width: 30mm; }
table.findings col.basis { width: 40mm; }
td.n { text-align: center; }
td.sev { font-weight: bold; }
td.sev.error { color: #a00; }
td.sev.warning { color: #850; }
td.basis { font-size: 11pt; }
td.basis .rule { display: block; font-size: 8pt; color: #666; margin-top: 1mm; }
p.fix { margin: 1mm 0 0; font-style: italic; }
p.none { font-style: italic; }
p.verdict { border: 1pt solid #000; padding: 2mm 3mm; margin: 4mm 0 0; font-size: 14pt; }
p.verdict span { font-size: 13pt; }
p.verdict.fail strong { color: #a00; }
ul.skipped li { margin-bottom: 1mm; }
p.note { font-size: 11pt; font-style: italic; margin-top: 4mm; }
div.closing { break-inside: avoid; page-break-inside: avoid; }
div.sign { display: flex; justify-content: space-between; gap: 8mm; margin-top: 6mm; break-inside: avoid; page-break-inside: avoid; }
div.sign p { margin: 0 0 2mm; }
div.sign .who { flex: 1 1 auto; padding-top: 7mm; }
div.sign .who p { display: flex; gap: 2mm; white-space: nowrap; }
div.sign .signer { flex: 0 0 78mm; text-align: center; }
div.sign .place { font-style: italic; }
div.sign .role { font-weight: bold; margin: 0; }
div.sign .hint { font-style: italic; font-size: 12pt; }
div.sign .name { margin-top: 22mm; font-weight: bold; min-height: 1.4em; }
span.blank { display: inline-block; flex: 1 1 auto; min-width: 25mm; border-bottom: 1pt dotted #000; height: 1.1em; }
span.given { font-weight: bold; }
@media screen {
  body { background: #f2f2f2; }
  main { background: #fff; padding: 15mm 15mm 15mm 20mm; margin: 8mm auto; box-shadow: 0 0 3mm #bbb; }
}
@media screen and (max-width: 720px) {
  body { font-size: 12pt; }
  main { margin: 0; padding: 4mm; box-shadow: none; max-width: none; }
  table.identity th { width: 34%; }
  table.findings, table.findings tbody, table.findings tr, table.findings td { display: block; width: 100%; }
  table.findings thead, table.findings colgroup { display: none; }
  table.findings tr { border: 0.5pt solid #000; margin-bottom: 3mm; }
  table.findings td { border: none; padding: 1mm 2mm; }
  table.findings td.n::before { content: "Phát hiện "; }
  table.findings td.n { text-align: left; font-weight: bold; background: #eee; }
  table.findings td.basis::before { content: "Căn cứ: "; font-weight: bold; }
  div.sign { flex-direction: column; }
  div.sign .signer { flex: none; }
}
`;
