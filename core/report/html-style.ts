/**
 * Print CSS of the phiếu kiểm tra thể thức: A4, Times New Roman, margins of NĐ 30. Self-contained.
 */

/** The stylesheet embedded in the printable report. */
export const REPORT_CSS = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", Times, serif; font-size: 13pt; line-height: 1.35; color: #000; margin: 0; }
main { max-width: 165mm; margin: 0 auto; padding: 8mm 0; }
section.doc { page-break-after: always; break-after: page; }
section.doc:last-child { page-break-after: auto; break-after: auto; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 2mm; text-transform: uppercase; }
p.sub { text-align: center; font-style: italic; margin: 0 0 5mm; }
h2 { font-size: 13pt; margin: 5mm 0 2mm; }
table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
table.identity th { width: 38mm; font-weight: bold; }
table.findings th { background: #eee; }
table.findings col.n { width: 9mm; }
table.findings col.sev { width: 22mm; }
table.findings col.where { width: 30mm; }
table.findings col.basis { width: 42mm; }
td.sev { white-space: nowrap; font-weight: bold; }
td.sev.error { color: #a00; }
td.sev.warning { color: #850; }
td.basis { font-size: 11pt; }
p.fix { margin: 1mm 0 0; font-style: italic; }
p.none { font-style: italic; }
ul.skipped li { margin-bottom: 1mm; }
p.note { font-size: 11pt; font-style: italic; margin-top: 6mm; }
@media screen { body { background: #f2f2f2; } main { background: #fff; padding: 15mm 20mm; margin: 8mm auto; box-shadow: 0 0 3mm #bbb; } }
`;
