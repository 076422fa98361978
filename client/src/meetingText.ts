/** The words and icons of the Meetings view (kept free of editor types for testing). */
import type { WorkspaceMeeting } from '../../server/src/lsp/protocol';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "2025-04" → "April 2025"; null → "Undated". */
export function monthLabel(month: string | null): string {
  const m = month && /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : month ?? 'Undated';
}

/** "2025-04-11" → "Fri 11 Apr 2025"; null (a meeting known only to the month) → "Day not given". */
export function dayLabel(day: string | null): string {
  const m = day && /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day ?? 'Day not given';
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()];
  return `${weekday} ${Number(m[3])} ${MONTHS[Number(m[2]) - 1].slice(0, 3)} ${m[1]}`;
}

export function meetingLabel(m: WorkspaceMeeting): string {
  return m.participants.join(' – ') || 'Unnamed participants';
}

/** Codicon for a status: happened ✓, planned 📅, speculated ?. */
export function statusIcon(status: string): string {
  return status === 'happened' ? 'pass' : status === 'planned' ? 'calendar' : status === 'speculated' ? 'question' : 'circle-outline';
}

/** "meeting place" → "place". */
export function disputedWhat(about: string): string {
  return about.replace(/^meeting /, '');
}

/** "krakau.news:4" (1-based line) for a URI and a 0-based line. */
export function fileLine(uri: string, line: number): string {
  const path = uri.split(/[?#]/)[0];
  return `${decodeURIComponent(path.slice(path.lastIndexOf('/') + 1))}:${line + 1}`;
}

/** "Krakau · 2 articles · ⚠ place disputed". */
export function meetingDescription(m: WorkspaceMeeting): string {
  const parts = [m.place, `${m.articleCount} article${m.articleCount === 1 ? '' : 's'}`];
  const disputed = (m.contradictions ?? []).map((c) => disputedWhat(c.about));
  if (disputed.length) parts.push(`⚠ ${disputed.join(', ')} disputed`);
  return parts.filter(Boolean).join(' · ');
}

/** One line per disagreement: "Place disputed: warschau.news:1 says Warschau; krakau.news:4 says Krakau". */
export function disagreementLines(m: WorkspaceMeeting): string[] {
  return (m.contradictions ?? []).map((c) => {
    const what = disputedWhat(c.about);
    const claims = c.claims.map((x) => `${fileLine(x.uri, x.line)} says ${x.value}`).join('; ');
    return `${what[0].toUpperCase()}${what.slice(1)} disputed: ${claims}`;
  });
}

/** Everyone who takes part in a meeting, most meetings first, for the participant filter. */
export function participantChoices(meetings: readonly WorkspaceMeeting[]): { name: string; meetings: number }[] {
  const counts = new Map<string, number>();
  for (const m of meetings) for (const p of new Set(m.participants)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([name, n]) => ({ name, meetings: n })).sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name, 'de'));
}
