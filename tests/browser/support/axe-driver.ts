/**
 * Accessibility checks for the browser specs: axe-core injected into the page (its source,
 * evaluated, so a strict page CSP does not stop it) and run for WCAG 2.2 A/AA. axe judges
 * contrast only for text on screen, so every scrolling panel is scrolled through, a screen at
 * a time, and checked again at each stop. Returns the serious and critical violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending nodes, and axe's summary of what is wrong with the first. */
  targets: string[];
  summary: string;
}

/**
 * What one axe run found that is serious or critical (moderate and minor are left to people):
 * over the whole page for every WCAG 2.2 A/AA rule, or, inside one scrolled element, for
 * contrast only (the one judgement that depends on what is on screen).
 */
async function runAxe(page: Page, scroller?: string): Promise<AxeViolation[]> {
  return page.evaluate(async (key) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
    type AxeResults = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
    };
    const context = key === null ? document : document.querySelector(`[data-axe-scroller="${key}"]`);
    const runOnly =
      key === null
        ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
        : { type: 'rule', values: ['color-contrast'] };
    const results = await axe.run(context, { runOnly, resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
        summary: v.nodes[0]?.failureSummary ?? '',
      }));
  }, scroller ?? null);
}

/**
 * Checks the page as it is, then scrolls each scrolling element (panels, lists, the reader)
 * through and checks at every stop; restores the scroll positions after. Violations are
 * de-duplicated by rule and target.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = new Map<string, AxeViolation>();
  const add = (list: AxeViolation[]) => {
    for (const v of list) for (const target of v.targets) found.set(`${v.id} ${target}`, { ...v, targets: [target] });
  };
  add(await runAxe(page));
  const scrollers = await page.evaluate(() => {
    const list: number[] = [];
    document.querySelectorAll<HTMLElement>('*').forEach((element, i) => {
      const overflow = getComputedStyle(element).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && element.scrollHeight > element.clientHeight + 4) {
        element.dataset['axeScroller'] = String(i);
        list.push(i);
      }
    });
    return list;
  });
  for (const id of scrollers) {
    const stops = await page.evaluate((key) => {
      const element = document.querySelector<HTMLElement>(`[data-axe-scroller="${key}"]`)!;
      return Math.ceil(element.scrollHeight / Math.max(1, element.clientHeight));
    }, id);
    for (let stop = 1; stop < stops; stop++) {
      await page.evaluate(
        ({ key, at }) => {
          const element = document.querySelector<HTMLElement>(`[data-axe-scroller="${key}"]`)!;
          element.scrollTop = at * element.clientHeight;
        },
        { key: id, at: stop },
      );
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      add(await runAxe(page, String(id)));
    }
    await page.evaluate((key) => {
      const element = document.querySelector<HTMLElement>(`[data-axe-scroller="${key}"]`)!;
      element.scrollTop = 0;
      delete element.dataset['axeScroller'];
    }, id);
  }
  return [...found.values()];
}

/** One line per violation, for a failing assertion to print. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map((v) => `${v.impact} ${v.id} at ${v.targets.join(', ')}: ${v.help}. ${v.summary.replace(/\s+/g, ' ')}`);
}
