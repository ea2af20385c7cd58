/**
 * The preview page's HTML: a fixed shell (no dump text ever goes in here; the page fills itself
 * in with DOM calls from the messages it gets), a strict CSP with a fresh nonce per page, and
 * scripts and styles only from media/.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const t = (s: string) => escapeHtml(s);
  return `<!DOCTYPE html>
<html lang="${t(vscode.env.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${t(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${t(media('preview.css'))}">
<title>${t(vscode.l10n.t('Dump Curator preview'))}</title>
</head>
<body class="hide-removed">
<header class="bar" role="toolbar" aria-label="${t(vscode.l10n.t('Preview actions'))}">
  <div class="summary">
    <span class="file" id="file"></span>
    <span class="counts" id="counts"></span>
    <span class="rules" id="rules"></span>
  </div>
  <div class="actions">
    <label class="toggle"><input type="checkbox" id="show-removed"> ${t(vscode.l10n.t('Show removed'))}</label>
    <button type="button" data-command="copy" title="${t(vscode.l10n.t('Copy the cleaned text'))}">${t(vscode.l10n.t('Copy'))}</button>
    <button type="button" data-command="save" title="${t(vscode.l10n.t('Save the cleaned article as NAME.clean.txt'))}">${t(vscode.l10n.t('Save'))}</button>
    <button type="button" data-command="export" title="${t(vscode.l10n.t('Export the JSON record as NAME.clean.json'))}">${t(vscode.l10n.t('Export JSON'))}</button>
    <button type="button" data-command="toggleLock" id="lock" aria-pressed="false" title="${t(vscode.l10n.t('Lock the preview to this dump, or let it follow the active dump'))}">${t(vscode.l10n.t('Lock'))}</button>
  </div>
</header>
<main id="article" class="article" aria-live="polite"></main>
<p id="empty" class="empty" hidden>${t(vscode.l10n.t('Nothing of the article is left after cleaning.'))}</p>
<p id="waiting" class="empty">${t(vscode.l10n.t('Cleaning the dump…'))}</p>
<script nonce="${nonce}" src="${t(media('preview.js'))}"></script>
</body>
</html>`;
}
