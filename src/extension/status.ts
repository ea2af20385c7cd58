/** The status bar item while a dump is active: its finding count; a click opens the Problems view. */
import * as vscode from 'vscode';

export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dumpCurator.findings', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Dump Curator';
    this.item.command = 'workbench.actions.view.problems';
  }

  show(count: number, paused: boolean): void {
    if (paused) {
      this.item.text = '$(debug-pause) ' + vscode.l10n.t('Dump Curator paused');
      this.item.tooltip = vscode.l10n.t('Checking is paused. Run "Dump Curator: Pause or Resume Checking" to resume.');
    } else {
      this.item.text = (count ? '$(warning) ' : '$(check) ') + vscode.l10n.t('{0} dump findings', count);
      this.item.tooltip = vscode.l10n.t('Dump Curator: {0} findings in this dump. Click to open the Problems view.', count);
    }
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
