// The information sheet as a patient reads it: headings, lists, readable on a phone and a tablet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, contentOf } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`the sheet reads well on a ${size}: headings, the seven contraindications, 18 px text, no sideways scroll`, async () => {
    const { page, context, requests, errors } = await openApp(browser, server.origin, { viewport });
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'La cimentoplastie');
    for (const name of ['Qu’est-ce que la cimentoplastie ?', 'Comment se déroule l’intervention ?', 'Les contre-indications']) {
      await assert.doesNotReject(page.getByRole('heading', { level: 2, name }).waitFor(), name);
    }
    const contraindications = page.getByRole('region', { name: 'Les contre-indications' }).getByRole('listitem');
    assert.deepEqual(await contraindications.allInnerTexts(), [
      'La grossesse\u202f;',
      'La prise d’anticoagulants ou les maladies hémorragiques\u202f;',
      'Les douleurs non liées à la fracture vertébrale\u202f;',
      'Les tassements traumatiques avec recul du mur postérieur\u202f;',
      'Les tassements en galette\u202f;',
      'Les contre-indications à l’anesthésie\u202f;',
      'Les allergies au méthyl\u00adméthacrylate.',
    ]);
    await assert.doesNotReject(page.getByText('environ 20\u202f% des patients atteints de cancer', { exact: false }).waitFor());
    for (const furniture of ['Aller au contenu principal', 'cimentoplastie 2', 'Accueil']) {
      assert.equal(await page.getByText(furniture, { exact: true }).count(), 0, `${furniture} is page furniture`);
    }
    const layout = await page.evaluate(() => ({
      scrolls: document.documentElement.scrollWidth > window.innerWidth,
      smallest: Math.min(...[...document.querySelectorAll('main p, main li')].map((el) => parseFloat(getComputedStyle(el).fontSize))),
    }));
    assert.equal(layout.scrolls, false, 'the page scrolls sideways');
    assert.ok(layout.smallest >= 16, `text at ${layout.smallest}px`);
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.app-body')).fontSize));
    assert.ok(body >= 18, `body text at ${body}px`);
    assert.deepEqual(errors, []);
    await assertOnlyOwnStaticFiles(requests, server.origin, assert);
    await context.close();
  });
}

test('the notes the app adds to the sheet are labelled as such, set apart, at its top and right under the contraindications', async () => {
  const { page, context } = await openApp(browser, server.origin, { viewport: VIEWPORTS.phone });
  const label = contentOf('fr').ui.sheet_note_label;
  // Under the list: do not stop, do not cancel, tell the team, the team decides.
  const region = page.getByRole('region', { name: 'Les contre-indications' });
  const below = region.getByRole('note', { name: `${label} À savoir` });
  const text = (await below.innerText()).replace(/\s+/g, ' ');
  for (const words of [label, 'n’arrêtez aucun médicament', 'n’annulez pas votre rendez-vous', 'Prévenez l’équipe le plus tôt possible', 'C’est l’équipe qui décide']) {
    assert.ok(text.includes(words), `the note says "${words}": ${text}`);
  }
  const after = await region.getByRole('list').evaluate((list, note) => list.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING, await below.elementHandle());
  assert.ok(after, 'the note comes after the list');
  // At the top: for patients without cancer, then "En bref", before the source's first sentence.
  const first = page.getByRole('region', { name: 'Qu’est-ce que la cimentoplastie ?' }).getByRole('note');
  assert.equal(await first.count(), 2);
  assert.match(await first.nth(0).innerText(), /ostéoporose/);
  assert.equal(await first.nth(1).getByRole('heading', { level: 3 }).innerText(), 'En bref');
  const sourceFirst = page.getByText('est un traitement', { exact: false });
  assert.ok(await first.nth(1).evaluate((note, p) => note.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING, await sourceFirst.elementHandle()));
  // Set apart from the source's paragraphs: its own background and a left border.
  const style = await below.evaluate((note) => {
    const own = getComputedStyle(note);
    const page = getComputedStyle(document.body);
    return { background: own.backgroundColor !== page.backgroundColor, border: parseFloat(own.borderInlineStartWidth) };
  });
  assert.ok(style.background && style.border >= 4, JSON.stringify(style));
  await context.close();
});

test('every control a patient touches is at least 44×44 px on a phone', async () => {
  const { page, context } = await openApp(browser, server.origin, { viewport: VIEWPORTS.phone });
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('radio', { name: 'Oui' }).waitFor();
  const targets = [
    page.getByRole('link', { name: 'Retour' }),
    page.getByRole('radio', { name: 'Oui' }),
    page.getByRole('radio', { name: 'Non' }),
    page.getByRole('radio', { name: 'Je ne sais pas' }),
    page.getByText('Pourquoi cette question ?'),
    page.getByRole('button', { name: 'Continuer' }),
    page.getByRole('button', { name: 'Effacer mes réponses' }),
  ];
  for (const target of targets) {
    const box = await target.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${target} is ${box.width}×${box.height}`);
  }
  await context.close();
});

test('"Pourquoi cette question ?" opens to explain the question', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  const help = contentOf('fr').questionnaire.item[0].item.find((i) => i.linkId === 'grossesse-aide').text;
  const why = page.getByText(help.slice(0, 40), { exact: false });
  assert.equal(await why.isVisible(), false);
  await page.getByText('Pourquoi cette question ?').click();
  assert.equal(await why.isVisible(), true);
  await context.close();
});

test('the privacy note is reachable from every screen and says where answers are kept', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('link', { name: 'Vos réponses et votre vie privée' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vos réponses et votre vie privée' }).waitFor();
  await assert.doesNotReject(page.getByText('Elles ne sont envoyées nulle part', { exact: false }).waitFor());
  await page.getByRole('link', { name: 'Revenir où j’en étais' }).click();
  await page.getByRole('heading', { level: 1, name: 'Êtes-vous enceinte, ou est-il possible que vous le soyez ?' }).waitFor();
  await context.close();
});
