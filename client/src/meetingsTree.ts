/**
 * The Meetings view: the workspace's meetings as a timeline (month, then day, undated last),
 * each with its status, place, how many articles report it and what they disagree on; beneath
 * it the facts, the source lines and the conflicting reports (click to open). An optional
 * participant filter narrows the timeline.
 */
import * as vscode from 'vscode';
import {
  OPEN_SOURCE_COMMAND,
  type MeetingClaim,
  type MeetingSourceLine,
  type MeetingsResult,
  type TimelineDayRef,
  type TimelineMonthRef,
  type WorkspaceMeeting,
} from '../../server/src/lsp/protocol';
import { dayLabel, disagreementLines, disputedWhat, fileLine, meetingDescription, meetingLabel, monthLabel, statusIcon } from './meetingText';

type Node =
  | { kind: 'month'; month: TimelineMonthRef }
  | { kind: 'day'; day: TimelineDayRef }
  | { kind: 'meeting'; meeting: WorkspaceMeeting }
  | { kind: 'fact'; label: string; description: string; icon: string }
  | { kind: 'group'; label: string; icon: string; children: Node[] }
  | { kind: 'source'; source: MeetingSourceLine }
  | { kind: 'claim'; about: string; claim: MeetingClaim };

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function openCommand(at: MeetingSourceLine): vscode.Command {
  return { command: OPEN_SOURCE_COMMAND, title: 'Open Source Line', arguments: [at.uri, at.line] };
}

export class MeetingsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: MeetingsResult = { meetings: [], timeline: [] };
  /** The participant the timeline is narrowed to, if any. */
  participant: string | undefined;

  constructor(private readonly load: (participant?: string) => Promise<MeetingsResult>) {}

  get meetings(): WorkspaceMeeting[] {
    return this.result.meetings;
  }

  async refresh(): Promise<void> {
    try {
      this.result = await this.load(this.participant);
    } catch {
      this.result = { meetings: [], timeline: [] };
    }
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const meetingsAt = (positions: number[]) => positions.flatMap<Node>((i) => (this.result.meetings[i] ? [{ kind: 'meeting', meeting: this.result.meetings[i] }] : []));
    if (!node) return (this.result.timeline ?? []).map((month) => ({ kind: 'month', month }));
    switch (node.kind) {
      case 'month':
        // Undated meetings have no days to group them by.
        if (node.month.month === null) return meetingsAt(node.month.days.flatMap((d) => d.meetings));
        return node.month.days.map((day) => ({ kind: 'day', day }));
      case 'day':
        return meetingsAt(node.day.meetings);
      case 'meeting':
        return this.facts(node.meeting);
      case 'group':
        return node.children;
      default:
        return [];
    }
  }

  private facts(m: WorkspaceMeeting): Node[] {
    const disputes = m.contradictions ?? [];
    const out: Node[] = [
      { kind: 'fact', label: 'Participants', description: m.participants.join(', ') || 'unknown', icon: 'person' },
      { kind: 'fact', label: 'Place', description: m.place ?? 'not given', icon: 'location' },
      { kind: 'fact', label: 'Date', description: m.date ?? 'not given', icon: 'calendar' },
      { kind: 'fact', label: 'Status', description: m.status, icon: statusIcon(m.status) },
      { kind: 'fact', label: 'Kind', description: m.kind, icon: 'symbol-event' },
      { kind: 'group', label: 'Sources', icon: 'references', children: m.sources.map((source) => ({ kind: 'source', source })) },
    ];
    if (disputes.length) {
      const claims = disputes.flatMap((c) => c.claims.map<Node>((claim) => ({ kind: 'claim', about: c.about, claim })));
      out.push({ kind: 'group', label: 'Contradictions', icon: 'warning', children: claims });
    }
    return out;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'month': {
        const item = new vscode.TreeItem(monthLabel(node.month.month), C.Expanded);
        item.description = count(node.month.days.reduce((n, d) => n + d.meetings.length, 0), 'meeting');
        item.iconPath = new vscode.ThemeIcon(node.month.month ? 'calendar' : 'circle-slash');
        return item;
      }
      case 'day': {
        const item = new vscode.TreeItem(dayLabel(node.day.day), C.Expanded);
        item.description = count(node.day.meetings.length, 'meeting');
        return item;
      }
      case 'meeting': {
        const m = node.meeting;
        const item = new vscode.TreeItem(meetingLabel(m), C.Collapsed);
        item.description = meetingDescription(m);
        const tooltip = new vscode.MarkdownString(`**${meetingLabel(m)}**\n\n${[m.date, m.place].filter(Boolean).join(' · ') || 'no date or place'} — ${m.kind}, ${m.status}\n\nreported in ${count(m.articleCount, 'article')}`);
        for (const line of disagreementLines(m)) tooltip.appendMarkdown(`\n\n$(warning) ${line}`);
        tooltip.supportThemeIcons = true;
        item.tooltip = tooltip;
        item.iconPath = new vscode.ThemeIcon(statusIcon(m.status), m.contradictions?.length ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
        item.contextValue = m.contradictions?.length ? 'meeting.disputed' : 'meeting';
        return item;
      }
      case 'fact': {
        const item = new vscode.TreeItem(node.label, C.None);
        item.description = node.description;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, node.label === 'Contradictions' ? C.Expanded : C.Collapsed);
        item.description = String(node.children.length);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'source': {
        const s = node.source;
        const item = new vscode.TreeItem(fileLine(s.uri, s.line), C.None);
        item.description = s.text;
        item.tooltip = s.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = openCommand(s);
        return item;
      }
      case 'claim': {
        const c = node.claim;
        const item = new vscode.TreeItem(`${disputedWhat(node.about)}: ${c.value}`, C.None);
        item.description = fileLine(c.uri, c.line);
        item.tooltip = c.text;
        item.iconPath = new vscode.ThemeIcon('warning');
        item.command = openCommand(c);
        return item;
      }
    }
  }
}
