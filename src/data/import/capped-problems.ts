/**
 * A list of problems or warnings that keeps the first few of each kind and counts the rest,
 * so a 100 000-row file with one systematic fault yields a readable list, not 100 000 lines.
 */
import type { DataProblem, ProblemWording } from '../../domain/loaded-dataset';

/** How many problems of one kind are listed before the rest are counted. */
export const LISTED_PER_KIND = 20;

export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/** The default line that sums up a kind's unlisted problems: `and 3 more like these` (code `moreLikeThese`, count). */
export function moreLikeThese(n: number): ProblemWording {
  return { message: `and ${plural(n, 'more like this', 'more like these')}`, code: 'moreLikeThese', params: { count: n } };
}

export class CappedProblems {
  private readonly kinds = new Map<string, { listed: DataProblem[]; total: number; more: (n: number) => ProblemWording }>();

  constructor(private readonly limit = LISTED_PER_KIND) {}

  /**
   * Adds a problem of `kind`. `more` words the line that sums up the unlisted ones
   * (`and 80 more rows left out`); the first call for a kind decides it.
   */
  add(kind: string, problem: DataProblem, more: (n: number) => ProblemWording = moreLikeThese): void {
    let entry = this.kinds.get(kind);
    if (entry === undefined) {
      entry = { listed: [], total: 0, more };
      this.kinds.set(kind, entry);
    }
    entry.total += 1;
    if (entry.listed.length < this.limit) entry.listed.push(problem);
  }

  /** How many were added, listed or not. */
  count(kind?: string): number {
    if (kind !== undefined) return this.kinds.get(kind)?.total ?? 0;
    let total = 0;
    for (const entry of this.kinds.values()) total += entry.total;
    return total;
  }

  /** Every listed problem, kind by kind in the order kinds first appeared, each kind's overflow summed up in one `$` line. */
  toList(): DataProblem[] {
    const out: DataProblem[] = [];
    for (const entry of this.kinds.values()) {
      out.push(...entry.listed);
      const rest = entry.total - entry.listed.length;
      if (rest > 0) out.push({ path: '$', ...entry.more(rest) });
    }
    return out;
  }
}
