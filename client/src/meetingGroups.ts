/** Grouping the workspace's meetings for the Meetings view (kept free of editor types for testing). */
import type { WorkspaceMeeting } from '../../server/src/lsp/protocol';

export function meetingLabel(m: WorkspaceMeeting): string {
  return m.participants.join(' – ') || 'Unnamed participants';
}

/** One group per date value ("2025-04-11", "2025-04"), dates ascending, "undated" last. */
export function groupByDate(meetings: WorkspaceMeeting[]): { label: string; meetings: WorkspaceMeeting[] }[] {
  const groups = new Map<string, WorkspaceMeeting[]>();
  for (const m of meetings) {
    const key = m.date ?? 'undated';
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b)))
    .map(([label, ms]) => ({ label, meetings: ms }));
}
