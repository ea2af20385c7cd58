/**
 * The "Dump Curator" view in the Explorer: the checked dumps with their finding counts, sorted by
 * count or name, or grouped by rule; clicking a dump opens it at its first finding.
 */
import * as vscode from 'vscode';
import type { RuleCode } from '../../core';
import type { FileSummary, WorkspaceChecker } from './workspace-check';

export type SortOrder = 'count' | 'name';

type Node = { kind: 'rule'; code: RuleCode; files: FileSummary[] } | { kind: 'file'; summary: FileSummary; code?: RuleCode };

export class DumpsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private sort: SortOrder = 'count';
  private byRule = false;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly checker: WorkspaceChecker) {
    this.subscription = checker.onDidChange(() => this.changed.fire());
  }

  toggleSort(): void {
    this.sort = this.sort === 'count' ? 'name' : 'count';
    this.changed.fire();
  }

  toggleGrouping(): void {
    this.byRule = !this.byRule;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const files = this.sorted(this.checker.results.filter((r) => r.total > 0), node?.kind === 'rule' ? node.code : undefined);
    if (node?.kind === 'rule') return files.map((summary) => ({ kind: 'file', summary, code: node.code }));
    if (node) return [];
    if (!this.byRule) return files.map((summary) => ({ kind: 'file', summary }));
    const codes = new Set(files.flatMap((f) => Object.keys(f.counts) as RuleCode[]));
    return [...codes].sort().map((code) => ({ kind: 'rule', code, files: files.filter((f) => f.counts[code]) }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'rule') {
      const item = new vscode.TreeItem(node.code, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = vscode.l10n.t('{0} files', node.files.length);
      item.iconPath = new vscode.ThemeIcon('symbol-rule');
      return item;
    }
    const { summary } = node;
    const item = new vscode.TreeItem(summary.uri, vscode.TreeItemCollapsibleState.None);
    const count = node.code ? summary.counts[node.code] ?? 0 : summary.total;
    item.description = vscode.l10n.t('{0} findings', count);
    item.tooltip = Object.entries(summary.counts).map(([code, n]) => `${code}: ${n}`).join('\n');
    item.command = {
      command: 'vscode.open',
      title: vscode.l10n.t('Open at the first finding'),
      arguments: [summary.uri, { selection: summary.first } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }

  private sorted(files: FileSummary[], code?: RuleCode): FileSummary[] {
    const count = (f: FileSummary) => (code ? f.counts[code] ?? 0 : f.total);
    const name = (f: FileSummary) => vscode.workspace.asRelativePath(f.uri);
    return files
      .filter((f) => !code || count(f) > 0)
      .sort((a, b) => (this.sort === 'count' ? count(b) - count(a) : 0) || name(a).localeCompare(name(b)));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
