import { launchBrowser, startServer } from './harness.mjs';
const browser = await launchBrowser(); const server = await startServer();
for (const rate of [1, 4]) {
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'fr-FR' });
const page = await context.newPage();
const logs = []; page.on('console', (m) => logs.push(m.text()));
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
await page.goto(server.origin + '/');
await page.waitForFunction(() => !document.getElementById('chargement'));
await page.waitForTimeout(300);
console.log(rate, logs.filter((l) => /load|mount/.test(l)));
await context.close();
}
await browser.close(); server.close();
