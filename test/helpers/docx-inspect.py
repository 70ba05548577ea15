# Test helper for test/helpers/docx-render.ts: reads a .docx with python-docx (Debian python3-docx)
# and prints page, defaults, headers, tables and every paragraph (effective style values) as JSON;
# also every section (page, margins, numbering restart, headers) and each table's cell texts as python-docx reads them.
import json
import sys

import docx
from docx.oxml.ns import qn

d = docx.Document(sys.argv[1])
s = d.sections[0]


def tw(v):
    return None if v is None else round(v / 635)


def fonts(rpr):
    f = None if rpr is None else rpr.find(qn('w:rFonts'))
    return None if f is None else {k: f.get(qn('w:' + k)) for k in ('ascii', 'hAnsi', 'eastAsia', 'cs')}


def chain(p):
    style = p.style
    while style is not None:
        yield style.paragraph_format
        style = style.base_style


def effective(p, name):
    value = getattr(p.paragraph_format, name)
    if value is not None:
        return value
    for pf in chain(p):
        if getattr(pf, name) is not None:
            return getattr(pf, name)
    return None


def run_info(r, p):
    size = r.font.size
    style_size = next((st.font.size for st in [p.style] if st is not None and st.font.size), None)
    return {
        'text': r.text,
        'bold': r.bold,
        'italic': r.italic,
        'size': (size or style_size).pt if (size or style_size) else None,
        'fonts': fonts(r._element.rPr),
    }


def para(p, where):
    align = effective(p, 'alignment')
    line = effective(p, 'line_spacing')
    return {
        'where': where,
        'text': p.text,
        'style': p.style.style_id if p.style is not None else None,
        'align': None if align is None else str(align).split('.')[-1].split(' ')[0],
        'firstLine': tw(effective(p, 'first_line_indent')),
        'after': tw(effective(p, 'space_after')),
        'line': line if isinstance(line, float) else tw(line),
        'keepNext': bool(effective(p, 'keep_with_next')),
        'runs': [run_info(r, p) for r in p.runs],
    }


def header_info(h):
    xml = h._element.xml
    para0 = h.paragraphs[0] if h.paragraphs else None
    runs = para0.runs if para0 is not None else []
    size = next((r.font.size.pt for r in runs if r.font.size), None)
    return xml, '\n'.join(p.text for p in h.paragraphs), para0, size


paragraphs = [para(p, 'body') for p in d.paragraphs]
tables = []
for ti, t in enumerate(d.tables):
    tbl = t._tbl
    borders = tbl.tblPr.find(qn('w:tblBorders'))
    layout = tbl.tblPr.find(qn('w:tblLayout'))
    tables.append({
        'layout': None if layout is None else layout.get(qn('w:type')),
        'borders': sorted({b.get(qn('w:val')) for b in (borders if borders is not None else [])}
                          | {b.get(qn('w:val')) for tc in tbl.iter(qn('w:tcBorders')) for b in tc}),
        'grid': [int(g.get(qn('w:w'))) for g in tbl.tblGrid.findall(qn('w:gridCol'))],
        'cantSplit': [row._tr.trPr is not None and row._tr.trPr.find(qn('w:cantSplit')) is not None for row in t.rows],
    })
    for ri, row in enumerate(t.rows):
        for ci, cell in enumerate(row.cells):
            for p in cell.paragraphs:
                paragraphs.append(para(p, 't%dr%dc%d' % (ti, ri, ci)))

table_texts = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
table_headers = [[row._tr.trPr is not None and row._tr.trPr.find(qn('w:tblHeader')) is not None for row in t.rows]
                 for t in d.tables]


def section_info(sec):
    num = sec._sectPr.find(qn('w:pgNumType'))
    start = None if num is None else num.get(qn('w:start'))
    return {
        'orientation': str(sec.orientation).split('.')[-1].split(' ')[0],
        'width': tw(sec.page_width), 'height': tw(sec.page_height),
        'top': tw(sec.top_margin), 'bottom': tw(sec.bottom_margin), 'left': tw(sec.left_margin), 'right': tw(sec.right_margin),
        'start': None if start is None else int(start),
        'titlePg': sec.different_first_page_header_footer,
        'headerHasPage': 'PAGE' in sec.header._element.xml and not sec.header.is_linked_to_previous,
        'firstHeaderText': sec.first_page_header.is_linked_to_previous or '\n'.join(p.text for p in sec.first_page_header.paragraphs),
    }


dxml, dtext, dpara, dsize = header_info(s.header)
fxml, ftext, _, _ = header_info(s.first_page_header)
dd = d.styles.element.find(qn('w:docDefaults'))
rpr = dd.find(qn('w:rPrDefault')).find(qn('w:rPr'))
lang = rpr.find(qn('w:lang'))
used = sorted({p['style'] for p in paragraphs if p['style']} | {'Normal'})
style_fonts = {sid: fonts(d.styles[sid].element.find(qn('w:rPr'))) for sid in used
               if sid in [st.style_id for st in d.styles]}
print(json.dumps({
    'styleFonts': style_fonts,
    'page': {
        'width': tw(s.page_width), 'height': tw(s.page_height),
        'top': tw(s.top_margin), 'bottom': tw(s.bottom_margin), 'left': tw(s.left_margin), 'right': tw(s.right_margin),
        'orientation': str(s.orientation).split('.')[-1].split(' ')[0],
        'titlePg': s.different_first_page_header_footer,
    },
    'defaults': {'fonts': fonts(rpr), 'lang': None if lang is None else lang.get(qn('w:val'))},
    'headers': {
        'defaultText': dtext, 'defaultHasPage': 'PAGE' in dxml and 'fldChar' in dxml,
        'defaultAlign': None if dpara is None else str(effective(dpara, 'alignment')).split('.')[-1].split(' ')[0],
        'defaultSize': dsize,
        'firstText': ftext, 'firstHasPage': 'PAGE' in fxml,
    },
    'tables': tables,
    'tableTexts': table_texts,
    'tableHeaders': table_headers,
    'sections': [section_info(sec) for sec in d.sections],
    'paragraphs': paragraphs,
}, ensure_ascii=False))
