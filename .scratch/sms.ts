import fc from '/work/wt-v4/node_modules/fast-check/lib/fast-check.js';
import { inputs, render } from '/work/wt-v4/test/explain/render';
import { smsResult } from '/work/wt-v4/src/render/smsResult';
let worst = 0; let shown = 0;
fc.assert(fc.property(inputs, (input) => {
  const r = render(input);
  const { now } = smsResult(r.view, r.t, r.locale);
  if (now.length > 3 && shown < 2) { shown++; console.log(JSON.stringify(input)); console.log(now.map((m) => `[${m.length}] ${m}`).join('\n---\n')); console.log('======'); }
  worst = Math.max(worst, now.length);
}), { numRuns: 6000 });
console.log('worst', worst);
