/**
 * Keystroke benchmark page (bench/ui/keystroke.ts serves it with vite): the body editor holding a
 * long plan, with hooks on window.__bench for the driver. Not part of the app build.
 */
import { $getSelection, $isRangeSelection, INSERT_PARAGRAPH_COMMAND, type LexicalEditor } from 'lexical';
import { createRef, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Block } from '@core/model';
import { blockText, childBlocks } from '@core/model';
import { PlanBodyEditor, type PlanBodyEditorHandle } from '../index';
import '../editor.css';

const TEXT =
  'Tiếp tục đẩy mạnh công tác tuyên truyền, quán triệt, nâng cao nhận thức của các cấp, các ngành, các tầng lớp Nhân dân về vị trí, vai trò của văn hóa đối ngoại trong thời kỳ hội nhập quốc tế.';

let next = 0;
function id(): string {
  next += 1;
  return `k${next}`;
}

function item(n: number): Block {
  const para = (): Block => ({ kind: 'paragraph', id: id(), runs: [{ text: TEXT }] });
  const point = (): Block => ({ kind: 'numbered', id: id(), level: 'point', label: null, titled: false, runs: [{ text: TEXT }], children: [] });
  return {
    kind: 'numbered',
    id: id(),
    level: 'item',
    label: null,
    titled: true,
    runs: [{ text: `Nhiệm vụ trọng tâm thứ ${n}` }],
    children: [para(), para(), point(), point(), { kind: 'bullet', id: id(), marker: '-', runs: [{ text: TEXT }], children: [] }],
  };
}

/** A body of `sections` × `items` items (each item ≈ 1/3 A4 page in 14 pt). */
function longBody(sections: number, items: number): Block[] {
  return Array.from({ length: sections }, (_, s): Block => ({
    kind: 'numbered',
    id: id(),
    level: 'section',
    label: null,
    titled: true,
    runs: [{ text: `NỘI DUNG THỨ ${s + 1}` }],
    children: Array.from({ length: items }, (_, i) => item(i + 1)),
    sectionKey: `s${s}`,
  }));
}

/** A small plan for looking at labels, guidance and the notice (?demo=1). */
function demoBody(): Block[] {
  const section = (key: string, title: string, children: Block[]): Block => ({ kind: 'numbered', id: id(), level: 'section', label: null, titled: true, runs: [{ text: title }], children, sectionKey: key });
  return [
    section('muc-dich', 'MỤC ĐÍCH, YÊU CẦU', [{ kind: 'paragraph', id: id(), runs: [] }]),
    section('noi-dung', 'NỘI DUNG', [item(1)]),
    section('kinh-phi', 'KINH PHÍ THỰC HIỆN', []),
    section('to-chuc', 'TỔ CHỨC THỰC HIỆN', [{ kind: 'paragraph', id: id(), placeholder: true, runs: [{ text: 'Giao việc cho từng cơ quan, mỗi cơ quan một mục: cơ quan đầu mối, Sở Tài chính, các sở, ngành, UBND cấp huyện. Bắt buộc có chế độ báo cáo.' }] }, item(1)]),
  ];
}

const DEMO_GUIDANCE: Readonly<Record<string, string>> = {
  'muc-dich': 'Nêu mục đích (vì sao ban hành) và yêu cầu (kết quả cần đạt, cách làm).',
  'kinh-phi': 'Nêu nguồn kinh phí: ngân sách nhà nước theo phân cấp, nguồn xã hội hóa.',
};

const params = new URLSearchParams(location.search);
const demo = params.get('demo') === '1';
const body = demo ? demoBody() : longBody(Number(params.get('sections') ?? 10), Number(params.get('items') ?? 22));
const handle = createRef<PlanBodyEditorHandle>();
const state = { changes: 0, lastBlocks: 0, ready: false, body };
/** Inserts one character as Lexical does for a typed key, synchronously, then forces layout; ms. */
function typeDirect(ch: string): number {
  const content = document.querySelector('[contenteditable]') as (HTMLElement & { __lexicalEditor?: LexicalEditor }) | null;
  const editor = content?.__lexicalEditor;
  const t0 = performance.now();
  editor?.update(
    () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        selection.insertText(ch);
      }
    },
    { discrete: true },
  );
  void document.body.offsetHeight;
  return performance.now() - t0;
}

/** Presses Enter as Lexical does (insert paragraph), synchronously, then forces layout; ms. */
function enterDirect(): number {
  const content = document.querySelector('[contenteditable]') as (HTMLElement & { __lexicalEditor?: LexicalEditor }) | null;
  const editor = content?.__lexicalEditor;
  const t0 = performance.now();
  editor?.update(() => void editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined), { discrete: true });
  void document.body.offsetHeight;
  return performance.now() - t0;
}

(window as unknown as { __bench: unknown }).__bench = {
  enterDirect,
  state,
  reveal: (blockId: string, offset: number) => handle.current?.revealBlock(blockId, { start: offset, end: offset }),
  typeDirect,
};

function App(): ReactElement {
  return (
    <PlanBodyEditor
      ref={handle}
      body={body}
      revision={1}
      onChange={(b) => {
        state.changes += 1;
        state.lastBlocks = b.length;
      }}
      requiredSectionKeys={body.map((b) => (b.kind === 'numbered' ? (b.sectionKey ?? '') : ''))}
      guidance={demo ? DEMO_GUIDANCE : {}}
    />
  );
}

/** The same text in a plain contenteditable (no Lexical, no React): the browser's own cost. */
function Baseline(): ReactElement {
  const paragraphs: ReactElement[] = [];
  const visit = (list: readonly Block[]): void => {
    for (const block of list) {
      paragraphs.push(
        <p key={block.id} className="plan-block" data-block-id={block.id} data-style={block.kind === 'paragraph' ? 'paragraph' : 'item'}>
          {blockText(block)}
        </p>,
      );
      visit(childBlocks(block));
    }
  };
  visit(body);
  return (
    <div className="plan-editor">
      <div className="plan-editor__content" contentEditable suppressContentEditableWarning>
        {paragraphs}
      </div>
    </div>
  );
}

if (params.get('baseline') === '1') {
  (window as unknown as { __bench: { reveal: unknown } }).__bench.reveal = (blockId: string, offset: number) => {
    const text = document.querySelector(`[data-block-id="${blockId}"]`)?.firstChild;
    if (text) {
      document.getSelection()?.collapse(text, offset);
    }
  };
}

const t0 = performance.now();
const sheet = document.getElementById('sheet');
if (sheet) {
  createRoot(sheet).render(params.get('baseline') === '1' ? <Baseline /> : <App />);
  // Ready when the blocks are in the page and laid out (first frame after they appear).
  const poll = (): void => {
    if (document.querySelector('.plan-block') === null) {
      requestAnimationFrame(poll);
      return;
    }
    void document.body.offsetHeight;
    (state as { loadMs?: number }).loadMs = performance.now() - t0;
    state.ready = true;
  };
  requestAnimationFrame(poll);
}
