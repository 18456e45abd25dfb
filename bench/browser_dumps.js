// Dumps each HTML page of a folder the two ways a journalist copies an article out of a
// browser (run by bench/dumps.sh, which installs the packages this needs):
// - copied/: the whole page selected and copied (`document.body.innerText` in Chromium, with
//   scripts off: menus, share bars and teasers come along, one line per block);
// - reader/: the page's reader view (Mozilla's Readability, as Firefox uses it) copied: the
//   title, then the article's text;
// - readerhtml/: the reader view's own markup, as saved from the browser.
//
//   node bench/browser_dumps.js PAGES_DIR OUT_DIR
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { Readability } = require('@mozilla/readability');
const { JSDOM, VirtualConsole } = require('jsdom');

// Headless Chromium on a machine without a network: no background connections, no sandbox
// (run as root), nothing fetched but the page's own file.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync'];

function readerView(html) {
  const dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
  const article = new Readability(dom.window.document).parse();
  if (!article) return '';
  return `<html><head><title>${article.title}</title></head><body>` +
    `<h1>${article.title}</h1>${article.content}</body></html>`;
}

async function main() {
  const [pages, out] = process.argv.slice(2);
  const kinds = { copied: 'txt', reader: 'txt', readerhtml: 'html' };
  for (const kind of Object.keys(kinds)) fs.mkdirSync(path.join(out, kind), { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  for (const file of fs.readdirSync(pages).filter((f) => f.endsWith('.html')).sort()) {
    const stem = file.slice(0, -'.html'.length);
    const page = await context.newPage();
    await page.goto('file://' + path.resolve(pages, file), { waitUntil: 'domcontentloaded', timeout: 20000 })
      .catch((e) => console.error(stem, e.message.split('\n')[0]));
    const dumps = { copied: await page.evaluate(() => (document.body ? document.body.innerText : '')) };
    dumps.readerhtml = readerView(fs.readFileSync(path.join(pages, file), 'utf8'));
    await page.setContent(dumps.readerhtml);
    dumps.reader = dumps.readerhtml ? await page.evaluate(() => document.body.innerText) : '';
    for (const [kind, ext] of Object.entries(kinds)) {
      fs.writeFileSync(path.join(out, kind, `${stem}.${ext}`), dumps[kind]);
      fs.copyFileSync(path.join(pages, `${stem}.truth.json`), path.join(out, kind, `${stem}.truth.json`));
    }
    await page.close();
  }
  await browser.close();
}

main().catch((e) => { console.error(e); process.exit(1); });
