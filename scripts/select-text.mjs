// Selects text in a page by dragging the real mouse across it, as a user does (e2e tests and the demo).

/** Drags the mouse across the words of `text` in the article, as a user selects it. */
export async function selectWithMouse(page, text) {
  const box = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const flat = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      flat.push([n, all.length]);
      all += n.data;
    }
    const norm = all.replace(/\s+/g, ' ');
    const at = norm.indexOf(text);
    if (at < 0) return undefined;
    // Map offsets in the collapsed text back to the raw text.
    const rawAt = (k) => { let i = 0, j = 0; while (j < k) { if (/\s/.test(all[i])) { while (/\s/.test(all[i + 1] ?? '')) i++; } i++; j++; } return i; };
    const locate = (raw) => { let hit = flat[0]; for (const f of flat) if (f[1] <= raw) hit = f; return [hit[0], raw - hit[1]]; };
    const range = document.createRange();
    range.setStart(...locate(rawAt(at)));
    range.setEnd(...locate(rawAt(at + text.length)));
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const first = rects[0];
    const last = rects[rects.length - 1];
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, text);
  if (!box) throw new Error(`“${text}” is not on the page`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}
