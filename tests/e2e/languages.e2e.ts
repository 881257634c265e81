import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserKind } from './browsers';
import { seedSamplePortal } from './extension-messages';
import { type ExtensionSession, launchWithExtension } from './launch';
import { byLabel, byRole } from './queries';
import { named } from './sidebar-frames';

/** The main flows with the browser in Spanish and in French (issue 18): names as a Spanish or French user hears them. */
const words = {
  es: {
    settings: 'Configuración de Rounds',
    portalAddress: 'Dirección del portal',
    addPortal: 'Añadir portal',
    exportJson: 'Exportar JSON',
    physician: 'Médico',
    dueFollowUps: 'Seguimientos pendientes',
    logged: 'Contacto registrado con',
    onThisPage: 'En esta página',
    search: 'Buscar médicos',
    note: 'Nota',
    saveNote: 'Guardar nota',
    noteSaved: 'Nota guardada',
    frameTitle: 'Panel lateral de Rounds',
    privacy: 'Política de privacidad',
  },
  fr: {
    settings: 'Paramètres de Rounds',
    portalAddress: 'Adresse du portail',
    addPortal: 'Ajouter le portail',
    exportJson: 'Exporter JSON',
    physician: 'Médecin',
    dueFollowUps: 'Suivis à faire',
    logged: 'Contact enregistré avec',
    onThisPage: 'Sur cette page',
    search: 'Rechercher des médecins',
    note: 'Note',
    saveNote: 'Enregistrer la note',
    noteSaved: 'Note enregistrée',
    frameTitle: 'Panneau latéral de Rounds',
    privacy: 'Politique de confidentialité',
  },
} as const;

const langOf = (page: Page | Frame) => page.evaluate(() => document.documentElement.lang);

async function sidebarFrame(session: ExtensionSession, page: Page): Promise<Frame> {
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const frame = page.frames().find((f) => f.url().startsWith(`${session.origin}sidebar.html`));
    if (frame) {
      await frame.waitForFunction(() => document.documentElement.dataset.pageContext === 'ready', { timeout: 20_000 });
      return frame;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('No Rounds sidebar frame on the page');
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  for (const language of ['es', 'fr'] as const) {
    const w = words[language];
    describe(`Rounds in ${language} in ${kind}`, () => {
      let session: ExtensionSession;
      beforeAll(async () => {
        session = await launchWithExtension(kind, { language });
        await seedSamplePortal(session.openPage, session.server.origin);
      });
      afterAll(async () => session?.close());

      it('options: lang, heading, portal and export controls in the language', async () => {
        const page = await session.openPage('options.html');
        await page.waitForSelector('h1');
        // The browser's own UI must be in the language: Chromium needs its locale files (Debian: chromium-l10n),
        // Firefox a language pack (firefox-esr-l10n-es-es, firefox-esr-l10n-fr); without them it stays English.
        expect(await langOf(page), `${kind} did not start in ${language}: install its language files`).toMatch(
          new RegExp(`^${language}\\b`),
        );
        await byRole(page, 'heading', w.settings);
        expect(await page.title()).toBe(w.settings);
        await byLabel(page, w.portalAddress);
        await byRole(page, 'button', w.addPortal);
        await byRole(page, 'button', w.exportJson);
        await page.close();
        const privacy = await session.openPage('privacy.html');
        await byRole(privacy, 'heading', w.privacy);
        expect(await langOf(privacy)).toMatch(new RegExp(`^${language}\\b`));
        await privacy.close();
      });

      it('popup: quick-log by keyboard, confirmed in the language', async () => {
        const page = await session.openPage('popup.html');
        await page.bringToFront();
        const input = await byLabel(page, w.physician);
        await page.waitForFunction((el) => document.activeElement === el, {}, input);
        expect(await langOf(page)).toMatch(new RegExp(`^${language}\\b`));
        await byRole(page, 'heading', w.dueFollowUps);
        await page.keyboard.type('smith');
        await page.waitForFunction(
          () => document.querySelector('[role=listbox] [role=option]')?.textContent?.includes('Jane A. Smith') ?? false,
        );
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.keyboard.down('Control');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Control');
        await page.waitForFunction(
          (t: string) => document.querySelector('[role=status]')?.textContent?.includes(t) ?? false,
          {},
          w.logged,
        );
        await page.close();
      });

      it('sidebar on a portal: lang, On this page, search and a saved note in the language', async () => {
        const page = await session.browser.newPage();
        await page.goto(`${session.server.origin}/demo/index.html`, { waitUntil: 'load' });
        const frame = await sidebarFrame(session, page);
        expect(await langOf(frame)).toMatch(new RegExp(`^${language}\\b`));
        if (kind === 'chromium') {
          // The iframe's title comes from the content script (i18n.getMessage); Firefox's BiDi cannot reach
          // the frame element inside the closed shadow root.
          const title = await (await frame.frameElement())?.evaluate((el) => el.getAttribute('title'));
          expect(title).toBe(w.frameTitle);
        }
        await named(frame, 'h2', w.onThisPage);
        await named(frame, 'input', w.search);
        await (await named(frame, 'button', 'Jane A. Smith, MD, FACC')).click();
        await (await named(frame, 'textarea', w.note)).type(`Nota ${kind}`);
        await (await named(frame, 'button', w.saveNote)).click();
        await frame.waitForFunction(
          (t: string) => document.querySelector('[role=status]')?.textContent?.includes(t) ?? false,
          {},
          w.noteSaved,
        );
        await page.close();
      });
    });
  }
}
