import { startServer, launchBrowser, openApp, contentOf, appStarted } from './harness.mjs';
const server = await startServer();
const browser = await launchBrowser();
const out = '/tmp/ui26';
for (const code of ['ar', 'fr']) {
  const t = contentOf(code);
  const locale = code === 'ar' ? 'ar' : 'fr-FR';
  // Home: the sheet with the banner.
  {
    const { page, context } = await openApp(browser, server.origin, { locale });
    await page.getByRole('heading', { level: 1, name: t.sheet.title }).waitFor();
    await appStarted(page);
    await page.screenshot({ path: `${out}/${code}-sheet.png` });
    await page.getByRole('link', { name: t.ui.sheet_start_button }).click();
    await page.getByRole('button', { name: t.ui.start_button }).click();
    await page.getByRole('heading', { level: 1, name: t.questionnaire.item[0].text }).waitFor();
    const toggle = page.getByRole('button', { name: contentOf(code).ui.show_french });
    if (await toggle.count()) await toggle.click();
    await page.screenshot({ path: `${out}/${code}-question.png`, fullPage: true });
    await context.close();
  }
  // Kiosk: the welcome grid.
  {
    const { page, context } = await openApp(browser, server.origin, { locale: 'fr-FR', query: '?kiosk' });
    await page.getByRole('heading', { level: 1, name: contentOf('fr').ui.welcome_title }).waitFor();
    await appStarted(page);
    if (code !== 'fr') {
      await page.getByRole('button', { name: 'العربية' }).click();
      await page.getByRole('heading', { level: 1, name: t.ui.welcome_title }).waitFor();
    }
    await page.screenshot({ path: `${out}/${code}-kiosk.png`, fullPage: true });
    await context.close();
  }
}
await browser.close();
await server.close();
{
  const fr = contentOf('fr'); const ar = contentOf('ar');
  const ALL_NO = Object.fromEntries(fr.questionnaire.item.filter((i) => i.type === 'choice').map((i) => [i.linkId, { choice: 'N' }]));
  const answers = { ...ALL_NO, anticoagulant: { choice: 'Y' }, 'anticoagulant-nom': { text: 'Kardégic 75 mg' } };
  const stored = JSON.stringify({ format: 1, questionnaire: fr.questionnaire.url, questionnaire_version: fr.questionnaire.version, saved_at_ms: Date.now() - 60_000, route: '#/resultat', answers });
  const server2 = await startServer(); const browser2 = await launchBrowser();
  const { page, context } = await openApp(browser2, server2.origin, { locale: 'ar', stored, hash: '#/resultat' });
  await page.getByRole('button', { name: ar.ui.resume_button }).click();
  await page.getByRole('heading', { level: 1, name: ar.ui.outcome_title }).waitFor();
  await page.screenshot({ path: `${out}/ar-outcome.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${out}/ar-print.png`, fullPage: true });
  await context.close(); await browser2.close(); await server2.close();
}
