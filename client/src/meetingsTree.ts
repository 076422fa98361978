/**
 * The Meetings view: the workspace's meetings grouped by date, each with its participants,
 * place, status and the source lines that report it (click to open).
 */
import * as vscode from 'vscode';
import type { MeetingSourceLine, WorkspaceMeeting } from '../../server/src/lsp/protocol';
import { groupByDate, meetingLabel } from './meetingGroups';

export const OPEN_SOURCE_COMMAND = 'newsLens.openSource';

type Node =
  | { kind: 'date'; label: string; meetings: WorkspaceMeeting[] }
  | { kind: 'meeting'; meeting: WorkspaceMeeting }
  | { kind: 'fact'; label: string; description: string; icon: string }
  | { kind: 'source'; source: MeetingSourceLine };

export class MeetingsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private meetings: WorkspaceMeeting[] = [];

  constructor(private readonly load: () => Promise<WorkspaceMeeting[]>) {}

  async refresh(): Promise<void> {
    try {
      this.meetings = await this.load();
    } catch {
      this.meetings = [];
    }
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return groupByDate(this.meetings).map((g) => ({ kind: 'date', ...g }));
    if (node.kind === 'date') return node.meetings.map((meeting) => ({ kind: 'meeting', meeting }));
    if (node.kind !== 'meeting') return [];
    const m = node.meeting;
    return [
      { kind: 'fact', label: 'Participants', description: m.participants.join(', ') || 'unknown', icon: 'person' },
      { kind: 'fact', label: 'Place', description: m.place ?? 'not given', icon: 'location' },
      { kind: 'fact', label: 'Status', description: `${m.status} (${m.kind})`, icon: 'info' },
      ...m.sources.map<Node>((source) => ({ kind: 'source', source })),
    ];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'date': {
        const item = new vscode.TreeItem(node.label, C.Expanded);
        item.description = `${node.meetings.length} meeting${node.meetings.length === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon('calendar');
        return item;
      }
      case 'meeting': {
        const m = node.meeting;
        const item = new vscode.TreeItem(meetingLabel(m), C.Collapsed);
        item.description = [m.place, m.status].filter(Boolean).join(' · ');
        item.tooltip = `${meetingLabel(m)}\n${m.kind}, ${m.status}\nreported by ${m.articleCount} article${m.articleCount === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon('organization');
        item.contextValue = 'meeting';
        return item;
      }
      case 'fact': {
        const item = new vscode.TreeItem(node.label, C.None);
        item.description = node.description;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'source': {
        const s = node.source;
        const uri = vscode.Uri.parse(s.uri);
        const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
        const item = new vscode.TreeItem(`${name}:${s.line + 1}`, C.None);
        item.description = s.text;
        item.tooltip = s.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = { command: OPEN_SOURCE_COMMAND, title: 'Open Source Line', arguments: [s.uri, s.line] };
        return item;
      }
    }
  }
}
