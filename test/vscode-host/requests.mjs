// What a test can ask of the browser. The extension host cannot reach it, so a test logs one line
// that the harness (run.mjs) watches for; the harness acts on the page, then writes a done file:
// empty, or the error when the action failed (the test fails with it rather than after a wait).
// test/integration/harness.ts is the other side.
//
//   [[dump-curator:screenshot <path.png>]]   a full-page PNG of the workbench at that path
//                                            (relative to the repo root); done file <path.png>.done
//   [[dump-curator:click <selector> <done>]]  a real mouse click on the one element that matches
//                                            the Playwright selector (CSS, or e.g.
//                                            `p:has-text("…")`) in the one webview frame that
//                                            has it; <done> is an absolute path
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SCREENSHOT = /^\[\[dump-curator:screenshot (.+)\]\]$/;
// The selector may hold spaces; the done file, last, is an absolute path without any.
const CLICK = /^\[\[dump-curator:click (.+) (\/\S+)\]\]$/;
const CLICK_LIMIT_MS = 10_000;

/** Starts what the line asks for, or returns undefined when it is no request (a test's output). */
export function handleRequest(page, line, { repoRoot, log }) {
  const shot = SCREENSHOT.exec(line);
  if (shot) {
    const target = path.resolve(repoRoot, shot[1]);
    mkdirSync(path.dirname(target), { recursive: true });
    return answer(`${target}.done`, page.screenshot({ path: target, fullPage: true }).then(() => log(`screenshot ${path.relative(repoRoot, target)}`)));
  }
  const click = CLICK.exec(line);
  if (click) return answer(click[2], clickInWebview(page, click[1]).then(() => log(`clicked ${click[1]}`)));
  return undefined;
}

function answer(doneFile, action) {
  return action.then(
    () => writeFileSync(doneFile, ''),
    (error) => writeFileSync(doneFile, error.message || 'failed'),
  );
}

/**
 * Webviews are iframes nested in the workbench page; Playwright sees each one's document as a
 * frame. The click goes through the browser's input (a trusted event, after the element is
 * scrolled into view, visible and not covered), as a user's would.
 */
async function clickInWebview(page, selector) {
  const frames = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    // A frame that goes away while we look (a webview reloading its page) has nothing to click.
    const count = await frame.locator(selector).count().catch(() => 0);
    if (count > 0) frames.push(frame);
  }
  if (frames.length !== 1) throw new Error(`${frames.length} webview frames have ${selector}, not one`);
  await frames[0].locator(selector).click({ timeout: CLICK_LIMIT_MS });
}
