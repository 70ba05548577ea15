/**
 * Keystroke latency of the body editor in Chromium (a benchmark, not a test: it measures, never asserts).
 * Serves renderer/editor/bench with vite, loads a ~100-page plan, types into its middle and prints:
 * - "gõ ký tự" / "Enter": from the page seeing the key to the next task after it, layout forced.
 *   This includes the driver's own event delivery (Playwright sends each key as several CDP messages),
 *   so it has a floor of its own; compare with --baseline 1 (a plain contenteditable, same text).
 * - "direct": the editor's own work per keystroke (Lexical update, our listeners, DOM, layout),
 *   one character inserted as Lexical inserts a typed key, timed in the page; Enter likewise.
 * Run: npx tsx bench/ui/keystroke.ts [--sections 10 --items 22] [--keys 300] [--baseline 1]
 */
import { openBenchPage } from './keystroke-page';
import { arg, percentile } from './bench-args';

/** A4 text height in CSS px at 96 dpi (297 mm − 20 mm − 20 mm). */
const PAGE_TEXT_PX = ((297 - 40) / 25.4) * 96;

/**
 * In-page probe: each keydown (or a beforeinput without one) starts a sample that ends after the
 * update has run and layout is done. `text`/`enter` start when the page first sees the event (our
 * capture listener runs before Lexical's); `queued` starts at the event's own timestamp, so it adds
 * the time the input waited in the browser's queues (large when the machine is busy).
 */
const PROBE = `(() => {
  const samples = { text: [], enter: [], queued: [] };
  let pending = null;
  // A message-channel task runs after the event's own work (Lexical commits in microtasks) without
  // waiting for a timer or a frame; the forced layout then adds what the change costs to lay out.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    void document.body.offsetHeight;
    const now = performance.now();
    samples[pending.kind].push(now - pending.t0);
    samples.queued.push(now - pending.ts);
    pending = null;
  };
  const start = (event, kind) => {
    if (pending !== null) { return; }
    pending = { t0: performance.now(), ts: event.timeStamp, kind };
    channel.port2.postMessage(0);
  };
  document.addEventListener('keydown', (e) => start(e, e.key === 'Enter' ? 'enter' : 'text'), true);
  document.addEventListener('beforeinput', (e) => start(e, 'text'), true);
  // Chrome's Event Timing: keystrokes whose input took 16 ms or more until the next paint.
  samples.slow = new Map();
  samples.keys = 0;
  document.addEventListener('keydown', () => { samples.keys += 1; }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) {
        samples.slow.set(entry.interactionId, Math.max(samples.slow.get(entry.interactionId) ?? 0, entry.duration));
      }
    }
  }).observe({ type: 'event', durationThreshold: 16 });
  window.__samples = samples;
})()`;

const TYPED = 'Tổ chức thực hiện nghiêm túc, hiệu quả các nhiệm vụ được giao; báo cáo kết quả về UBND tỉnh. ';

async function main(): Promise<void> {
  const sections = arg('sections', 10);
  const items = arg('items', 22);
  const keys = arg('keys', 300);
  const baseline = arg('baseline', 0) === 1;
  const { page, close } = await openBenchPage(`sections=${sections}&items=${items}&baseline=${baseline ? 1 : 0}`);
  try {
    const info = (await page.evaluate(`(() => {
      const content = document.querySelector('[contenteditable]');
      const blocks = document.querySelectorAll('.plan-block').length;
      const target = document.querySelectorAll('.plan-block[data-style="paragraph"]');
      const middle = target[Math.floor(target.length / 2)];
      const id = middle.dataset.blockId;
      window.__bench.reveal(id, middle.textContent.length);
      return { blocks, chars: content.textContent.length, height: content.getBoundingClientRect().height, loadMs: window.__bench.state.loadMs };
    })()`)) as { blocks: number; chars: number; height: number; loadMs: number };
    await page.evaluate(PROBE);
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.type('x');
    }
    await page.evaluate('window.__samples.text.length = 0; window.__samples.slow.clear(); window.__samples.keys = 0;');
    let typed = 0;
    while (typed < keys) {
      const chunk = TYPED.slice(0, Math.min(TYPED.length, keys - typed));
      for (const ch of chunk) {
        await page.keyboard.type(ch);
      }
      typed += chunk.length;
      await page.keyboard.press('Enter');
    }
    await page.waitForTimeout(100);
    const direct = baseline
      ? []
      : ((await page.evaluate(`(() => {
          const out = [];
          const text = ${JSON.stringify(TYPED)};
          for (let i = 0; i < ${keys}; i += 1) { out.push(window.__bench.typeDirect(text[i % text.length])); }
          return out;
        })()`)) as number[]);
    const directEnter = baseline
      ? []
      : ((await page.evaluate(`(async () => {
          const out = [];
          for (let i = 0; i < 30; i += 1) {
            out.push(window.__bench.enterDirect());
            window.__bench.typeDirect('x');
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          return out;
        })()`)) as number[]);
    const samples = (await page.evaluate(
      '({ ...window.__samples, slow: [...window.__samples.slow.values()] })',
    )) as { text: number[]; enter: number[]; queued: number[]; slow: number[]; keys: number };
    const changes = (await page.evaluate('window.__bench.state.changes')) as number;
    const mode = baseline ? 'plain contenteditable (baseline)' : 'PlanBodyEditor';
    const pages = info.height / PAGE_TEXT_PX;
    const row = (name: string, values: readonly number[]): string =>
      `${name.padEnd(22)} n=${String(values.length).padStart(4)}  p50 ${percentile(values, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(values, 95).toFixed(2).padStart(6)} ms  max ${Math.max(...values).toFixed(2).padStart(6)} ms`;
    console.log(`Chromium keystroke benchmark, ${mode}: ${info.blocks} blocks, ${info.chars} characters, ≈${pages.toFixed(0)} A4 pages (14 pt), initial render ${info.loadMs.toFixed(0)} ms`);
    console.log(row('gõ ký tự (text)', samples.text));
    console.log(row('Enter (khối mới)', samples.enter));
    console.log(row('from event timestamp', samples.queued));
    if (direct.length > 0) {
      console.log(row('direct update+layout', direct));
      console.log(row('direct Enter+layout', directEnter));
    }
    const slowShare = samples.keys > 0 ? (100 * samples.slow.length) / samples.keys : 0;
    console.log(`keystrokes ≥ 16 ms to next paint (Event Timing): ${samples.slow.length} of ${samples.keys} (${slowShare.toFixed(1)} %)`);
    console.log(`onChange calls: ${changes}; target p95 < 16 ms for text keystrokes`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
