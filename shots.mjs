import { startServer, launchBrowser } from './tests/e2e/harness.mjs';
const server = await startServer();
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
const page = await ctx.newPage();
await page.goto(server.origin + '/');
await page.screenshot({ path: '/tmp/shots/1-sheet.png' });
await page.getByRole('link', { name: 'Répondre au questionnaire' }).first().click();
await page.getByRole('button', { name: 'Commencer' }).click();
for (let i = 0; i < 8; i++) {
  const h = await page.getByRole('heading', { level: 1 }).innerText();
  if (/Vérifiez/.test(h)) break;
  if (await page.getByRole('textbox').count()) { await page.getByRole('textbox').fill('Kardégic\nLovenox'); await page.screenshot({ path: '/tmp/shots/2-names.png', fullPage: true }); }
  else await page.getByRole('radio', { name: 'Je ne sais pas' }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForTimeout(300);
}
await page.screenshot({ path: '/tmp/shots/3-check.png' });
await page.getByRole('button', { name: /Continuer|Voir/ }).last().click();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/shots/4-outcome.png', fullPage: true });
await browser.close(); server.close?.();
process.exit(0);
