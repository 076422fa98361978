/**
 * The language status item: a one-line summary of the active article, from the counts the
 * server sends with each analysis.
 */
import * as vscode from 'vscode';
import type { DocumentStats } from '../../server/src/lsp/protocol';

export class ArticleStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly stats = new Map<string, DocumentStats>();
  private readonly subscription: vscode.Disposable;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('newsLens.status', selector);
    this.item.name = 'News Lens';
    this.item.text = 'News Lens';
    this.item.command = { command: 'workbench.view.extension.newsLens', title: 'Show Meetings' };
    this.subscription = vscode.window.onDidChangeActiveTextEditor(() => this.render());
  }

  set selector(selector: vscode.DocumentSelector) {
    this.item.selector = selector;
  }

  update(stats: DocumentStats): void {
    this.stats.set(stats.uri, stats);
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? this.stats.get(uri) : undefined;
    this.item.text = s ? `News Lens: ${s.entities} entities · ${s.meetings} meetings · ${s.findings} findings` : 'News Lens';
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
