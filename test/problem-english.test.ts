/**
 * `--lang en` puts the warnings' and notes' texts in English on the Advarsler sheet
 * (render/workbook/problem-english.ts): every warning and note the fixtures give, and a Danish
 * text of each code the fixtures do not reach, is said in English with its particulars; the
 * Danish sheet keeps the texts as written.
 */
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readAndCheck } from '../src/cli/pipeline.js';
import type { Problem } from '../src/model/problem.js';
import { ENGLISH_TEXTS, englishText } from '../src/render/workbook/problem-english.js';
import { PROBLEM_TYPES } from '../src/render/workbook/problem-types.js';
import { context, fixtureForecast, renderedWorkbook } from './workbook-helpers.js';

/** Danish words no English text has. */
const DANISH = /\b(og|ikke|er|har|ignoreres|linje|række|rækker|måned|måneder|tjek|slet|tilføj|skriv|sag|bruges|fordi)\b/;

/** Danish texts of the codes no fixture gives, as the checks write them. */
const WRITTEN: Problem[] = [
  { severity: 'note', code: 'unknown-sheet', message: 'arket "Noter" svarer ikke til nogen tabel og læses ikke', hint: 'tabellernes ark hedder Foranstaltninger, Dispositioner, Forbrug, Risikosager, Tilgang' },
  { severity: 'note', code: 'empty-sheet', message: 'arket Risikosager er tomt og springes over' },
  { severity: 'warning', code: 'formula-without-result', message: 'formlen har ingen gemt værdi', hint: 'åbn regnearket i Excel og gem det igen, så formlernes resultater gemmes' },
  { severity: 'warning', code: 'spreadsheet-ignored', message: 'forbrug.xls ignoreres; forbrug.csv bruges', hint: 'tjek at den brugte fil er gemt fra den nyeste udgave af regnearket' },
  { severity: 'warning', code: 'duplicate-column', message: 'kolonnen "Beløb" er en gentagelse af "Forbrug" og ignoreres' },
  { severity: 'warning', code: 'pool-ignored', message: 'Restpulje ignoreres for "Advokatudgifter" (metode tolvtedele)', hint: 'en pulje bruges kun med metoden disposition' },
  { severity: 'warning', code: 'budget-persons-ignored', message: 'Budget antal ignoreres for "Advokatudgifter" (metode tolvtedele)', hint: 'opdelingen i aktivitet og pris bruges kun med metoden disposition' },
  { severity: 'warning', code: 'missing-actual', message: 'intet forbrug for "Advokatudgifter" i lukkede måneder 2026-03, 2026-04; regnes som 0', hint: 'tilføj forbrug for månederne i forbrug, eller tjek --as-of' },
  { severity: 'warning', code: 'actual-in-open-month', message: 'forbrug for "Advokatudgifter" i åbne måneder (2026-10) ignoreres', hint: 'sæt --as-of til den sidste lukkede måned, hvis de måneder er lukket' },
  { severity: 'warning', code: 'intake-in-closed-month', message: 'tilgang/afgang for 2026-03 ligger i en lukket måned og ignoreres', hint: 'lukkede måneder tæller med faktisk forbrug; flyt tilgangen til en åben måned eller slet rækken' },
  { severity: 'warning', code: 'ignored-for-method', message: '3 risikosager for "Advokatudgifter" ignoreres, fordi metoden er tolvtedele', hint: 'linje 2, 3, 4; skift metode til disposition for at bruge dem' },
  { severity: 'warning', code: 'pool-unused', message: 'puljen for "Opholdssteder" bruges ikke, fordi alle måneder er lukket' },
  { severity: 'warning', code: 'no-persons', message: '"Opholdssteder" har ingen helårspersoner i 2026, så afvigelsen deles ikke i aktivitet og pris', hint: 'tjek at dispositionsrækkerne har foranstaltningens navn og datoer i budgetåret, eller fjern Budget antal' },
  { severity: 'warning', code: 'rolling-short-window', message: '"Efterskoleophold" (glidende): gennemsnittet bygger kun på 9 af 12 måneder (2025-10-2026-09)', hint: 'tilføj forbrug for de manglende måneder (også sidste års) i forbrug' },
  { severity: 'warning', code: 'no-rows', message: 'filen har overskrifter, men ingen rækker', hint: 'slet tabellen, hvis den ikke skal bruges, eller tilføj rækkerne' },
  { severity: 'note', code: 'price-change-unused', message: 'prisændringen for 2026 bruges ikke: budgetåret 2026 er grundlaget, og fremskrivningen gælder årene efter', hint: 'slet rækken, eller ret året til et år efter 2026' },
  { severity: 'note', code: 'budget-column-unused', message: 'kolonnen "Budget 2025" bruges ikke: 2025 er før budgetåret', hint: 'slet kolonnen, når den ikke længere skal bruges' },
  { severity: 'note', code: 'budget-column-unused', message: 'kolonnen "Budget 2026" bruges ikke: 2026 er budgetåret, hvis budget er kolonnen Budget', hint: 'flyt beløbene til Budget, hvis 2026 skal have dem som korrigeret budget' },
];

describe('warning and note texts in English', () => {
  it('translates every warning and note of the fixtures and of each other code, keeping names, lines and amounts', async () => {
    const seen: Problem[] = [...WRITTEN];
    const dirs = ['fixtures/eksempel', ...(await readdir('fixtures/bad')).map((d) => `fixtures/bad/${d}`)];
    for (const dir of dirs) {
      const { problems } = await readAndCheck(dir, { today: { year: 2026 } });
      seen.push(...problems.filter((p) => p.severity !== 'error'));
    }
    const codes = new Set(seen.map((p) => p.code));
    // Every code with a type has an English text, and every one of them is exercised here.
    expect([...codes].sort()).toEqual(Object.keys(PROBLEM_TYPES).sort());
    expect(Object.keys(ENGLISH_TEXTS).sort()).toEqual(Object.keys(PROBLEM_TYPES).sort());
    for (const p of seen) {
      const en = englishText(p);
      expect(en.message, `${p.code}: ${p.message}`).not.toBe(p.message);
      expect(en.message, `${p.code}: ${en.message}`).not.toMatch(DANISH);
      if (p.hint !== undefined) {
        expect(en.hint, `${p.code}: ${p.hint}`).not.toBe(p.hint);
        expect(en.hint, `${p.code}: ${en.hint}`).not.toMatch(DANISH);
      }
      // The particulars stay: every quoted name and every number of the Danish text.
      for (const q of p.message.match(/"[^"]*"|\d(?:[\d.,-]*\d)?/g) ?? []) expect(en.message, `${p.code}: ${q}`).toContain(q);
    }
  });

  it('writes them on the Warnings sheet with lang en, and leaves the Danish sheet as written', async () => {
    const f = await fixtureForecast('fixtures/eksempel');
    const en = (await renderedWorkbook(f, context({ lang: 'en' }))).wb.getWorksheet('Warnings')!;
    const da = (await renderedWorkbook(f)).wb.getWorksheet('Advarsler')!;
    expect(f.problems.length).toBeGreaterThan(20);
    f.problems.forEach((p, i) => {
      const r = 4 + i;
      expect(en.getCell(`K${r}`).value).toBe(p.code);
      expect(en.getCell(`C${r}`).value, p.message).toBe(englishText(p).message);
      expect(en.getCell(`C${r}`).value, p.message).not.toBe(p.message);
      expect(en.getCell(`B${r}`).value).toBe(PROBLEM_TYPES[p.code]!.en);
      expect([da.getCell(`C${r}`).value, da.getCell(`J${r}`).value ?? undefined]).toEqual([p.message, p.hint]);
    });
    // One said in full: eksempel's 50 rows outside the year.
    const outside = f.problems.findIndex((p) => p.code === 'outside-year');
    expect(en.getCell(`C${4 + outside}`).value).toMatch(/^\d+ disposition rows lie wholly outside the budget year 2026 and add DKK 0$/);
  });
});
