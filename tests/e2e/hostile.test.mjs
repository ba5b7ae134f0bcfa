// End-to-end: the canvas script and chip on hostile pages — payloads in the notes, a strict CSP, broken
// built-ins, a page that takes the chip's element name, a 100,000-node page, a board that keeps being
// re-rendered. Fixtures: tests/fixtures/hostile/.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const STRICT_CSP = "default-src 'none'; style-src 'self'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

/** Serves the fixtures on 127.0.0.1; csp.html comes with a strict Content-Security-Policy header. */
async function serveFixtures() {
  const server = createServer(async (req, res) => {
    const name = new URL(req.url, 'http://x').pathname.slice(1);
    if (name === 'favicon.ico') return void res.writeHead(204).end();
    if (!/^[a-z-]+\.(html|css)$/.test(name)) return void res.writeHead(404).end();
    try {
      const body = await readFile(join(FIXTURES, name));
      const headers = { 'content-type': TYPES[extname(name)], 'cache-control': 'no-store' };
      if (name === 'csp.html') headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

let browser;
let server;
before(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a fixture with everything that can go wrong recorded, in every world of the page (the page's own
 * and the extension's isolated one): uncaught exceptions, console errors, and the extension's worlds.
 */
async function open(path, { init } = {}) {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  if (init) await page.addInitScript(init);
  const cdp = await browser.context.newCDPSession(page);
  const seen = { exceptions: [], consoleErrors: [], extensionWorlds: 0 };
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) =>
    seen.exceptions.push(`${d.exception?.description ?? d.text} at ${d.url ?? d.scriptId}:${d.lineNumber}`));
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'assert') seen.consoleErrors.push(e.args.map((a) => a.value ?? a.description).join(' '));
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') seen.consoleErrors.push(`${entry.text} ${entry.url ?? ''}`);
  });
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) seen.extensionWorlds += 1;
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  const response = await page.goto(`${server.origin}/${path}`);
  return { page, seen, response, cdp };
}

/** Nothing went wrong in any world of the page, and nothing the console shows comes from the extension. */
function assertNoErrors(seen) {
  assert.deepEqual(seen.exceptions, [], 'no uncaught exception in the page or the extension’s scripts');
  assert.deepEqual(seen.consoleErrors.filter((e) => /chrome-extension:\/\//.test(e)), [], 'no console error from the extension');
  assert.deepEqual(seen.consoleErrors, [], 'no console error at all');
}

async function tabIdOf(page) {
  return browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
}

/** Asks the page's content script (`canvas/detect`, DESIGN.md's contract); retries until it answers `want`. */
async function detect(page, want = 'found') {
  const id = await tabIdOf(page);
  let answer;
  for (let i = 0; i < 50; i++) {
    answer = await browser.worker.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'canvas/detect' }).catch((e) => ({ error: String(e) })), id);
    if (answer?.status === want) return answer;
    await new Promise((r) => setTimeout(r, 100));
  }
  return answer;
}

/** The chip's toggle once the analysis has arrived ("CR suggestions · 2 types"). */
async function chipToggle(page, types = /\d+ types?/) {
  const toggle = page.getByRole('button', { name: /^CR suggestions/ }).filter({ hasText: types });
  await toggle.waitFor({ timeout: 10000 });
  return toggle;
}

const IMG = '<img src=x onerror=window.__pwned=1>';
const SVG = '"><svg onload=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
/** Elements a payload would have become had any text been parsed as markup (the fixture has its own javascript: links and script). */
const INJECTED = 'img, svg, script:not([src]):not([data-fixture]), iframe, object, embed, [onerror], [onload]';
const INJECTED_OR_LINK = `${INJECTED}, a[href^="javascript:"]`;

describe('a canvas whose notes are full of script-looking text', () => {
  it('shows the text literally in the chip and the side panel, and nothing ever runs', async () => {
    const { page, seen } = await open('payloads.html');
    const title = await page.title();
    assert.ok(title.includes(IMG), 'the fixture’s title is a payload');

    const answer = await detect(page);
    assert.equal(answer.status, 'found', JSON.stringify(answer));
    assert.ok(answer.notes.includes(`Dedicated account manager for offices ${IMG}`), answer.notes.join(' | '));
    assert.ok(answer.notes.includes(`Self-service portal for students ${SCRIPT}`));
    assert.ok(answer.notes.includes(`Chatbot answers ${SVG}`));
    assert.ok(answer.notes.includes("Referral bonus ${window.__pwned=1} `${window.__pwned=1}` {{constructor.constructor('window.__pwned=1')()}}"));
    const long = answer.notes.find((n) => n.startsWith('Long onboarding checklist'));
    assert.ok(long && long.length <= 5000 && !long.includes('<img'), 'a 40,000-character note is cut, not dropped');

    const toggle = await chipToggle(page);
    await toggle.click();
    const region = page.getByRole('region', { name: 'Customer Relationships suggestions' });
    const summary = await region.locator('.summary').textContent();
    assert.ok(summary.includes(`for Offices ${IMG}`), `segment names show literally in the summary: ${summary}`);
    assert.ok(summary.includes(`for Students ${SVG}`), summary);
    const types = await region.getByRole('list', { name: 'Relationship types in your notes' }).getByRole('listitem').allTextContents();
    assert.ok(types.some((t) => t.startsWith('Dedicated personal assistance')), types.join(' | '));
    assert.equal(await page.locator('crc-chip').evaluate((host, sel) => host.shadowRoot.querySelectorAll(sel).length, INJECTED_OR_LINK), 0,
      'no payload became an element in the chip');

    // "Open in side panel": the draft shows every payload as text, in a panel that was already open.
    const panel = await browser.context.newPage();
    await panel.addInitScript(() => {
      // Any payload that ran would set this; the trap remembers it even if the value is cleared later.
      Object.defineProperty(window, '__pwned', { get: () => undefined, set: () => { document.documentElement.dataset.pwned = 'yes'; } });
    });
    await panel.goto(`${browser.panelUrl}#/drafts`);
    await page.bringToFront();
    await region.getByRole('button', { name: 'Open in side panel' }).click();
    const status = region.getByRole('status').filter({ hasText: /Draft ready/ });
    await status.waitFor();
    if (/new tab/.test(await status.textContent())) {
      // Where the side panel cannot open, the draft opened in a tab instead; look at it in the trapped page.
      for (const p of browser.context.pages()) if (p !== panel && p.url().startsWith(browser.panelUrl)) await p.close();
      await panel.getByRole('list', { name: 'Your drafts' }).getByRole('link', { name: title, exact: true }).click();
    } // else the open panel was told to show the draft
    assert.equal(await panel.getByRole('textbox', { name: 'Draft title' }).inputValue(), title);
    const offices = panel.getByRole('region', { name: `Segment: Offices ${IMG}`, exact: true });
    const students = panel.getByRole('region', { name: `Segment: Students ${SVG}`, exact: true });
    await offices.waitFor();
    await students.waitFor();
    const officeNotes = await offices.getByRole('textbox', { name: `Notes for Offices ${IMG}` }).inputValue();
    assert.ok(officeNotes.includes(`Dedicated account manager for offices ${IMG}`), officeNotes.slice(0, 300));
    const studentNotes = await students.getByRole('textbox', { name: `Notes for Students ${SVG}` }).inputValue();
    assert.ok(studentNotes.includes(`Self-service portal for students ${SCRIPT}`), studentNotes.slice(0, 300));
    // "From <title>": the title as text, the link to the page itself.
    assert.equal(await panel.getByRole('link', { name: title, exact: true }).getAttribute('href'), page.url());
    assert.equal(await panel.evaluate((sel) => document.querySelectorAll(sel).length, INJECTED_OR_LINK.replace('svg, ', '')), 0,
      'no payload became an element in the side panel');
    assert.equal(await panel.evaluate(() => document.documentElement.dataset.pwned), undefined, 'nothing ran in the side panel');
    await panel.close();

    await page.waitForTimeout(300); // an injected <img src=x> would have errored by now
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran in the page');
    assert.equal(await page.evaluate((sel) => document.querySelectorAll(sel).length, INJECTED), 0, 'no payload became an element in the page');
    assertNoErrors(seen);
    await page.close();
  });
});

describe('a page with a strict Content-Security-Policy', () => {
  it('still gets a styled, working chip and no CSP violation', async () => {
    const { page, seen, response } = await open('csp.html', {
      init: () => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`), true);
      },
    });
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    const toggle = await chipToggle(page, /2 types/);
    // The chip's own stylesheet applies: a filled blue button, not the browser's default one.
    assert.equal(await toggle.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(47, 91, 211)');
    await toggle.click();
    const region = page.getByRole('region', { name: 'Customer Relationships suggestions' });
    const types = await region.getByRole('list', { name: 'Relationship types in your notes' }).getByRole('listitem').allTextContents();
    assert.ok(types.some((t) => t.startsWith('Self-service')) && types.some((t) => t.startsWith('Community')), types.join(' | '));
    assert.equal(await region.locator('.panel').evaluate((p) => getComputedStyle(p).borderTopLeftRadius), '8px');
    assert.equal((await detect(page)).status, 'found');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    assertNoErrors(seen);
    // The policy is in force and violations are seen: an inline style added by the page's own world is refused.
    await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' })));
    await page.waitForFunction(() => window.__violations.some((v) => v.startsWith('style-src-elem')));
    await page.close();
  });
});

describe('a page that breaks built-ins of its own world', () => {
  /**
   * Reads the page from a world of the test's own: Playwright's locators run parts of themselves in the
   * page's world, which these pages break on purpose. Resolves to the JSON value of `expression`.
   */
  async function inTestWorld(cdp, expression) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-test' });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  const BROKEN = ['map', 'filter', 'forEach', 'push', 'getBoundingClientRect', 'MutationObserver', 'JSON.parse', 'then', 'all'];
  for (const broken of BROKEN) {
    it(`detects the canvas and leaves the page working with ${broken === 'all' ? 'all of them' : broken} broken`, async () => {
      const { page, seen, cdp } = await open(`overrides.html?break=${encodeURIComponent(broken)}`);
      const answer = await detect(page);
      assert.equal(answer.status, 'found', JSON.stringify(answer));
      assert.deepEqual(answer.notes, ['Self-service portal to pause a bike', 'Community forum for group rides']);
      const chip = () => inTestWorld(cdp, `document.querySelector('crc-chip')?.shadowRoot.querySelector('button')?.textContent ?? ''`);
      for (let i = 0; i < 50 && !/2 types/.test(await chip()); i++) await page.waitForTimeout(100);
      assert.equal(await chip(), 'CR suggestions · 2 types');
      // Real clicks on the page's own button: its handler still counts.
      const box = await inTestWorld(cdp, `(() => { const r = document.getElementById('add').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
      await page.mouse.click(box.x, box.y);
      await page.mouse.click(box.x, box.y);
      assert.equal(await inTestWorld(cdp, `document.getElementById('count').textContent`), '2');
      assert.deepEqual(await inTestWorld(cdp, `Array.from(document.querySelectorAll('#errors li'), (li) => li.textContent)`), [], 'the page saw no error');
      assert.ok(seen.extensionWorlds > 0, 'the extension’s scripts ran in their own world');
      assertNoErrors(seen);
      await page.close();
    });
  }
});

describe('a page that defines its own <crc-chip> element', () => {
  it('throws nothing into the page and still detects the canvas', async () => {
    const { page, seen } = await open('custom-element.html');
    assert.equal((await detect(page)).status, 'found');
    // The background still saw the notes: the toolbar button shows its badge although no chip could be shown.
    const tab = await tabIdOf(page);
    for (let i = 0; i < 50 && (await browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tab)) !== 'CR'; i++) await page.waitForTimeout(100);
    assert.equal(await browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tab), 'CR');
    assert.equal(await page.locator('crc-chip').count(), 0, 'no half-built chip left in the page');
    assertNoErrors(seen);
    await page.close();
  });
});

describe('a page of 100,000 nodes', () => {
  it('is detected quickly and never blocked for long', async () => {
    const started = Date.now();
    const { page, seen } = await open('big.html');
    const answer = await detect(page);
    const detectedIn = Date.now() - started;
    assert.equal(answer.status, 'found', JSON.stringify(answer));
    assert.ok(detectedIn < 8000, `detected in ${detectedIn} ms (loading the page included)`);
    const nodes = await page.evaluate(() => {
      let n = 0;
      for (const w = document.createTreeWalker(document.body); w.nextNode(); ) n++;
      return n;
    });
    assert.ok(nodes >= 100000, `${nodes} nodes`);
    // CSS selectors only from here: Playwright's role queries walk all 100,000 nodes and would be long tasks themselves.
    const chipSays = (text) => page.waitForFunction((t) => document.querySelector('crc-chip')?.shadowRoot?.querySelector('button')?.textContent === t, text);
    await chipSays('CR suggestions · 2 types');

    // A reference from this machine, now: the page's own world reading every text node once, as any script might.
    const walkMs = await page.evaluate(() => {
      let best = Infinity;
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        let chars = 0;
        for (const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); w.nextNode(); ) chars += w.currentNode.data.length;
        if (chars > 0) best = Math.min(best, performance.now() - started);
      }
      return Math.round(best * 10) / 10;
    });

    // From now on, every task over 50 ms is recorded while the page changes and is asked again.
    await page.evaluate(() => {
      window.__since = performance.now();
      window.__long = [];
      new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
    });
    await page.evaluate(() => {
      const note = document.createElement('div');
      note.className = 'note';
      note.textContent = 'Loyalty programme for regulars';
      document.getElementById('cr').append(note);
    });
    await chipSays('CR suggestions · 3 types'); // the re-scan saw the new note
    await page.locator('#add').click();
    assert.equal(await page.locator('#count').textContent(), '1', 'the page’s own button still works');
    assert.equal((await detect(page)).notes.length, 3);
    await page.waitForTimeout(100);
    const long = await page.evaluate(() => window.__long);
    const ours = await page.evaluate(() => ['crc:scan', 'crc:detect', 'crc:observe'].map((name) => {
      const since = performance.getEntriesByName(name).filter((e) => e.startTime >= window.__since);
      return [name, Math.max(0, ...since.map((e) => Math.round(e.duration)))];
    }));
    const report = `detected in ${detectedIn} ms; reference walk ${walkMs} ms; long tasks ${JSON.stringify(long)}; slowest of ours since ${JSON.stringify(ours)}`;
    console.log(`# 100,000 nodes: ${report}`);
    // 200 ms on a quiet machine; on a busy one (the reference walk slower than 10 ms) the bound grows with it.
    const bound = Math.max(200, 20 * walkMs);
    assert.ok(long.every((ms) => ms <= bound), `no task over ${bound} ms after load: ${report}`);
    for (const [name, ms] of ours) assert.ok(ms <= bound, `${name} took ${ms} ms: ${report}`);
    assertNoErrors(seen);
    await page.close();
  });
});

describe('a board removed and re-added every 50 ms for 3 s, then more slowly', () => {
  it('ends with exactly one chip and never stacks them up', async () => {
    const { page, seen } = await open('churn.html');
    let most = 0;
    let samples = 0;
    let shown = 0;
    while ((await page.locator('#state').textContent()) !== 'done') {
      const chips = await page.locator('crc-chip').count();
      most = Math.max(most, chips);
      samples += 1;
      shown += chips;
      await page.waitForTimeout(50);
    }
    assert.equal(await page.locator('#renders').textContent(), '64', 'the page re-rendered the board 64 times');
    assert.ok(most <= 1, `at most one chip at any time (saw ${most})`);
    assert.ok(shown < samples, `the chip went away while the board was gone (seen in ${shown} of ${samples} samples)`);
    const toggle = await chipToggle(page, /2 types/);
    await page.waitForTimeout(1000); // the debounced re-scans of the last changes are over
    assert.equal(await page.locator('crc-chip').count(), 1);
    // The chip belongs to the board now on the page: it sits just above its Customer Relationships block.
    const block = await page.locator('.cr').boundingBox();
    const chip = await toggle.boundingBox();
    assert.ok(Math.abs(chip.y + 30 - block.y) < 40 && chip.x >= block.x - 10 && chip.x + chip.width <= block.x + block.width + 10,
      `chip ${JSON.stringify(chip)} beside block ${JSON.stringify(block)}`);
    assert.equal((await detect(page)).status, 'found');
    assertNoErrors(seen);
    await page.close();
  });
});
