// Start-up trace (a measure, not a test): opens the release build (dist/) in Chromium at 4× CPU,
// records the main thread until the app has taken over and is idle, and prints each task over
// 50 ms with what is in it: script, WebAssembly compiled lazily (Liftoff, on the main thread),
// style and layout. `--runs N` (default 5) repeats it; the summary gives medians. `--taps`: then,
// on the first questions, « Non » and « Continuer » tapped four times per visit, each tap traced to
// the next question painted (what in it takes the time).
// Usage: node scripts/trace.mjs [--runs N] [--query '?kiosk'] [--cpu 4] [--taps]
import { startServer, launchBrowser, CONTRACT } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 5));
const CPU = Number(arg('cpu', 4));
const QUERY = arg('query', '');
const TAPS = process.argv.includes('--taps');
const LONG = 50;
const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.wasm',
  'disabled-by-default-v8.wasm.detailed', 'blink.user_timing', 'loading',
].join(',');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** One visit: the trace's events on the page's main thread, in ms from navigation. */
async function traceOnce(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(`${origin}/${QUERY}${TAPS ? '#/question/grossesse' : ''}`, { waitUntil: 'commit' });
  // The app has taken over when the pre-rendered first screen is gone; then one idle period.
  // Asked with one small evaluation (Playwright's own waiting injects its script into the page:
  // a 60 ms task of its own at 4×).
  const id = JSON.stringify(CONTRACT.ids.firstScreen);
  await cdp.send('Runtime.evaluate', {
    awaitPromise: true,
    expression: `new Promise((resolve) => {
      const check = () => { if (!document.getElementById(${id}) && document.querySelector('main h1')) { observer.disconnect(); requestIdleCallback(() => setTimeout(resolve, 300)); } };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true });
      check();
    })`,
  });
  // Each tap: marked when « Non » and « Continuer » are clicked and when the next question is
  // painted (a frame after its heading changed).
  for (let tap = 0; TAPS && tap < 4; tap += 1) {
    await cdp.send('Runtime.evaluate', {
      awaitPromise: true,
      expression: `new Promise((resolve) => {
        const before = document.querySelector('main h1').textContent;
        const observer = new MutationObserver(() => {
          const now = document.querySelector('main h1');
          if (now && now.textContent !== before) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => { performance.mark('cimentoplastie:painted'); setTimeout(resolve, 200); }));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        performance.mark('cimentoplastie:tap');
        document.querySelector('input[value="N"]').click();
        document.querySelector('form button[type="submit"]').click();
      })`,
    });
  }
  await cdp.send('Tracing.end');
  await done;
  await context.close();

  // Time 0: the page's own document starts being parsed (the blank page's unload is not counted).
  const navigation = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith('http'));
  const main = `${navigation.pid}:${navigation.tid}`;
  const at = (ts) => (ts - navigation.ts) / 1000;
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= navigation.ts);
  const inside = (task, e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e !== task;
  // A task appears as RunTask and, nested in it, as ThreadControllerImpl::RunTask: the outer one only.
  const anyTask = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  // Not the page's own: the tasks that carry the trace's own messages (DevTools).
  const devtools = onMain.filter((e) => e.args?.chrome_mojo_event_info?.mojo_interface_tag?.includes('DevTools'));
  const outerTasks = anyTask.filter((t) => !anyTask.some((u) => u !== t && inside(u, t)));
  const tasks = outerTasks.filter((t) => !devtools.some((d) => inside(t, d)));
  const wasmCompile = onMain.filter((e) => /wasm/i.test(e.cat) && /compile/i.test(e.name));
  const firstPaint = events.find((e) => e.name === 'firstContentfulPaint' && `${e.pid}:${e.tid}` === main);
  // The app's own marks (src/browser/timing.rs), any thread's clock being the same.
  const marks = events.filter((e) => e.name.startsWith('cimentoplastie:') && e.ts >= navigation.ts);
  // Each mark in the task with the time to the next one (or to the task's end).
  const marksIn = (task) => marks.filter((m) => m.ts >= task.ts && m.ts <= task.ts + task.dur)
    .map((m, i, all) => `${m.name.slice('cimentoplastie:'.length)}${all.length > 1 ? ` ${(((all[i + 1]?.ts ?? task.ts + task.dur) - m.ts) / 1000).toFixed(0)}` : ''}`);
  const shown = (TAPS ? outerTasks : tasks).filter((t) => t.dur / 1000 > LONG || marksIn(t).length || (TAPS && t.dur > 1000));
  const long = shown.map((task) => {
    const own = onMain.filter((e) => inside(task, e));
    const sum = (pred) => own.filter(pred).reduce((s, e) => s + e.dur, 0) / 1000;
    const compiles = wasmCompile.filter((e) => inside(task, e));
    // Nested compile events are not counted twice: only the outermost ones.
    const outer = compiles.filter((c) => !compiles.some((d) => d !== c && inside(d, c)));
    // Its biggest parts (the scheduler's wrappers skipped), over 5 ms each.
    const wrappers = /^(ThreadControllerImpl::RunTask|BlinkScheduler_PerformMicrotaskCheckpoint|Receive mojo message|ThreadController::Task|SimpleWatcher::OnHandleReady|V8\.Execute|RunMicrotasks|v8\.run|v8\.callFunction|wasm\.)/;
    const label = (e) => [e.name, e.args?.data?.url?.split('/').pop() || e.args?.data?.functionName || e.args?.data?.type || ''].filter(Boolean).join(' ');
    const parts = own.filter((e) => !wrappers.test(e.name) && e.dur > (TAPS ? 1000 : 5000));
    const top = parts.filter((e) => !parts.some((d) => d !== e && inside(d, e)));
    const what = top.map((e) => `${label(e)} ${(e.dur / 1000).toFixed(0)}`);
    return {
      start: at(task.ts),
      steps: marksIn(task).join(' '),
      ms: task.dur / 1000,
      wasmCompileMs: outer.reduce((s, e) => s + e.dur, 0) / 1000,
      wasmFunctionsCompiled: compiles.filter((e) => /lazy/i.test(e.name)).length,
      styleLayoutMs: sum((e) => ['UpdateLayoutTree', 'Layout', 'RecalculateStyles', 'ScheduleStyleRecalculation'].includes(e.name)),
      what: what.slice(0, 8).join(' · '),
    };
  });
  const fcp = firstPaint ? at(firstPaint.ts) : null;
  const longTasks = long.filter((t) => t.ms > LONG);
  const described = new Map(shown.map((t, i) => [t, long[i]]));
  const blocking = tasks.filter((t) => fcp !== null && at(t.ts) >= fcp).reduce((s, t) => s + Math.max(0, t.dur / 1000 - LONG), 0);
  const names = new Map();
  for (const e of wasmCompile) names.set(e.name, (names.get(e.name) ?? 0) + 1);
  // The taps: from each « tap » mark to the next « painted » one, the tasks in between.
  const tapMarks = marks.filter((m) => m.name === 'cimentoplastie:tap');
  const taps = tapMarks.map((tap) => {
    const painted = marks.find((m) => m.name === 'cimentoplastie:painted' && m.ts > tap.ts);
    // The tap itself runs in the trace's own message (the clicks are sent from here): counted.
    const within = outerTasks.filter((t) => t.ts + t.dur >= tap.ts && t.ts <= painted.ts && t.dur > 1000);
    const compile = wasmCompile.filter((e) => e.ts >= tap.ts && e.ts <= painted.ts && /lazy/i.test(e.name));
    const layout = onMain.filter((e) => e.ts >= tap.ts && e.ts <= painted.ts && ['UpdateLayoutTree', 'Layout'].includes(e.name));
    return {
      ms: (painted.ts - tap.ts) / 1000,
      tasks: within.map((t) => `${(t.dur / 1000).toFixed(1)} at +${((t.ts - tap.ts) / 1000).toFixed(0)}${marksIn(t).length ? ` [${marksIn(t).join(' ')}]` : ''}${described.get(t)?.what ? ` (${described.get(t).what})` : ''}`).join(' + '),
      compiled: compile.length,
      compileMs: compile.reduce((s, e) => s + e.dur, 0) / 1000,
      layoutMs: layout.reduce((s, e) => s + e.dur, 0) / 1000,
    };
  });
  return { taps, long, longTasks, fcp, blocking, compileNames: names, lazyTotal: wasmCompile.filter((e) => /lazy/i.test(e.name)).length };
}

const server = await startServer();
const browser = await launchBrowser();
const runs = [];
for (let i = 0; i < RUNS; i += 1) runs.push(await traceOnce(browser, server.origin));
await browser.close();
await server.close();

console.log(`Start-up trace, Chromium, CPU ${CPU}×, 360 × 740, French, address /${QUERY}, ${RUNS} visits`);
console.log(`wasm compile events seen: ${[...runs[0].compileNames].map(([n, c]) => `${n} ×${c}`).join(', ') || 'none'}`);
runs.forEach((run, i) => {
  console.log(`\nvisit ${i + 1}: first paint ${run.fcp?.toFixed(0)} ms; blocking time after first paint (sum of task time over ${LONG} ms) ${run.blocking.toFixed(0)} ms`);
  for (const t of run.taps) {
    console.log(`  tap → next question painted: ${t.ms.toFixed(1)} ms (tasks ${t.tasks}); ${t.compiled} functions compiled (${t.compileMs.toFixed(1)} ms), style+layout ${t.layoutMs.toFixed(1)} ms`);
  }
  for (const t of run.long.filter((t) => !TAPS || t.ms > LONG)) {
    console.log(`  ${t.ms > LONG ? 'LONG' : '    '} task at ${t.start.toFixed(0)} ms${t.steps ? ` [${t.steps}]` : ''}: ${t.ms.toFixed(1)} ms — wasm compile ${t.wasmCompileMs.toFixed(1)} ms (${t.wasmFunctionsCompiled} lazy), style+layout ${t.styleLayoutMs.toFixed(1)} ms; ${t.what}`);
  }
});
if (TAPS) {
  const all = runs.flatMap((r) => r.taps);
  console.log(`\ntap → next question painted, ${all.length} taps: median ${median(all.map((t) => t.ms)).toFixed(1)} ms; first tap of each visit ${median(runs.map((r) => r.taps[0].ms)).toFixed(1)} ms, later taps ${median(runs.flatMap((r) => r.taps.slice(1).map((t) => t.ms))).toFixed(1)} ms`);
}
console.log(`\nmedians: tasks over ${LONG} ms ${median(runs.map((r) => r.longTasks.length))}; longest ${median(runs.map((r) => Math.max(0, ...r.longTasks.map((t) => t.ms)))).toFixed(1)} ms; blocking after first paint ${median(runs.map((r) => r.blocking)).toFixed(0)} ms; wasm functions compiled lazily ${median(runs.map((r) => r.lazyTotal))}`);
