/**
 * The live checks' Web Worker (core-calls.ts createCheckRunner): checks each plan it is sent and answers
 * with the result, or null when a rule failed. No DOM, no host calls: core only.
 */
import { checkDocument, type CheckResult } from '@core/rules';
import type { CheckReply, CheckRequest } from './core-calls';

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { id, doc, profiles } = event.data;
  let result: CheckResult | null;
  try {
    result = checkDocument(doc, { profiles });
  } catch (error) {
    console.warn('Không chạy được bộ kiểm tra:', error);
    result = null;
  }
  const reply: CheckReply = { id, result };
  self.postMessage(reply);
});
