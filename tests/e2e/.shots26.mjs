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
