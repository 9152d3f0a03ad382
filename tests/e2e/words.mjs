// Which words the page shows cut in the middle without a hyphen (issue 22, defect 13): a check run in
// the page, by the Playwright tests (words.test.mjs) and on the other engines (tests/engines).

/**
 * Runs in the page: every word shown (a run of characters between ordinary spaces; no-break
 * spaces keep their neighbours together) whose characters lie on two lines, as
 * "questionn/aire", unless the first line ends with a hyphen: one written in the text (after
 * "c’est-", a soft hyphen) or drawn by the browser's hyphenation (then the word still breaks there
 * when emergency breaks are forbidden, `overflow-wrap: normal`).
 */
export function wordsBrokenWithoutHyphen() {
  const range = document.createRange();
  /** The line of each character of `node` (its middle's height), null where it is not drawn. */
  const lines = (node) => {
    const out = [];
    for (let i = 0; i < node.data.length; i += 1) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = [...range.getClientRects()].find((r) => r.width > 0 || r.height > 0);
      out.push(rect ? { middle: rect.top + rect.height / 2, height: rect.height } : null);
    }
    return out;
  };
  const breaksIn = (node, start, end) => {
    const at = lines(node);
    const breaks = [];
    let previous = null;
    for (let i = start; i < end; i += 1) {
      if (!at[i]) continue;
      if (previous !== null && Math.abs(at[i].middle - at[previous].middle) > at[i].height / 2) breaks.push(previous);
      previous = i;
    }
    return breaks;
  };
  const problems = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !parent.checkVisibility() || parent.closest('script, style, template')) continue;
    for (const match of node.data.matchAll(/[^ \t\n\r]+/g)) {
      const [start, end] = [match.index, match.index + match[0].length];
      for (const at of breaksIn(node, start, end)) {
        if (/[-‐–—/\u00ad]/.test(node.data[at])) continue;
        // Drawn by hyphenation, or an emergency break? Hyphenation still breaks there without them.
        parent.style.setProperty('overflow-wrap', 'normal');
        parent.style.setProperty('word-break', 'normal');
        const hyphenated = breaksIn(node, start, end).includes(at) && getComputedStyle(parent).hyphens === 'auto';
        parent.style.removeProperty('overflow-wrap');
        parent.style.removeProperty('word-break');
        if (!hyphenated) problems.push(`${node.data.slice(start, at + 1)}/${node.data.slice(at + 1, end)}`);
      }
    }
  }
  return problems;
}
