/**
 * Binary searches over spans in text order, so a sentence with thousands of quotation marks
 * or tokens costs n·log n, not n².
 */
import type { Span } from '../types';

/** Index of the first span starting at or after `offset` (spans sorted by start), or -1. */
export function firstStartingFrom(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length ? lo : -1;
}

/** Whether `pos` lies in [open, close) of one of the quotations (sorted by open, not overlapping). */
export function insideQuotation(quotations: readonly { open: number; close: number }[], pos: number): boolean {
  let lo = 0;
  let hi = quotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotations[mid].open <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && pos < quotations[lo - 1].close;
}
