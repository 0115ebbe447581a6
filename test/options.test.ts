import { describe, expect, it } from 'vitest';
import { parseAsOfPrevious, parseForecastOptions } from '../src/cli/options.js';

describe('parseForecastOptions (the checks of the command line options)', () => {
  it('gives the defaults when only a folder is given', () => {
    expect(parseForecastOptions({})).toEqual({ options: { json: false, quiet: false, lang: 'da', maskCpr: false, deterministic: false, longCaseYears: 3, allRows: false } });
  });

  it('types every option commander hands over', () => {
    const parsed = parseForecastOptions({ year: '2026', asOf: 'jan 2026', json: true, out: 'ud.xlsx', quiet: true, lang: 'en', maskCpr: true, deterministic: true, longCaseYears: '5', allRows: true });
    expect(parsed).toEqual({
      options: { year: 2026, asOf: { year: 2026, month: 1 }, json: true, out: 'ud.xlsx', quiet: true, lang: 'en', maskCpr: true, deterministic: true, longCaseYears: 5, allRows: true },
    });
    expect(parseForecastOptions({ asOf: '2026-09' })).toEqual({ options: expect.objectContaining({ asOf: { year: 2026, month: 9 } }) });
    // validate passes the three it uses, undefined when not given.
    expect(parseForecastOptions({ year: undefined, asOf: undefined, json: undefined })).toEqual({ options: expect.objectContaining({ json: false, lang: 'da' }) });
  });

  it('names the option and what it must be, in Danish', () => {
    expect(parseForecastOptions({ year: '26' })).toEqual({ error: '--year skal være et årstal som 2026' });
    expect(parseForecastOptions({ year: '20266' })).toEqual({ error: '--year skal være et årstal som 2026' });
    expect(parseForecastOptions({ year: '２０２６' })).toEqual({ error: '--year skal være et årstal som 2026' });
    expect(parseForecastOptions({ asOf: 'sidste måned' })).toEqual({ error: '--as-of skal være en måned som 2026-09' });
    expect(parseForecastOptions({ asOf: '2026-13' })).toEqual({ error: '--as-of skal være en måned som 2026-09' });
    expect(parseForecastOptions({ lang: 'de' })).toEqual({ error: '--lang skal være da eller en' });
    expect(parseForecastOptions({ lang: 'DA' })).toEqual({ error: '--lang skal være da eller en' });
    for (const bad of ['0', '101', '2,5', '-3', 'tre', '']) {
      expect(parseForecastOptions({ longCaseYears: bad }), bad).toEqual({ error: '--long-case-years skal være et helt antal år fra 1 til 100' });
    }
    expect(parseForecastOptions({ longCaseYears: '1' })).toEqual({ options: expect.objectContaining({ longCaseYears: 1 }) });
    expect(parseForecastOptions({ longCaseYears: '100' })).toEqual({ options: expect.objectContaining({ longCaseYears: 100 }) });
  });

  it('keeps the old (zod) text for an empty --out', () => {
    expect(parseForecastOptions({ out: '' })).toEqual({ error: '--out Too small: expected string to have >=1 characters' });
  });

  it('names the first wrong option in the order --year, --as-of, --out, --lang', () => {
    expect(parseForecastOptions({ lang: 'de', out: '', asOf: 'x', year: 'x' })).toEqual({ error: '--year skal være et årstal som 2026' });
    expect(parseForecastOptions({ lang: 'de', out: '', asOf: 'x' })).toEqual({ error: '--as-of skal være en måned som 2026-09' });
    expect(parseForecastOptions({ lang: 'de', out: '' })).toEqual({ error: '--out Too small: expected string to have >=1 characters' });
  });
});

describe('the options of the archive and compare', () => {
  it('types --archive, --compare-with and --as-of-previous, and names a wrong one', () => {
    expect(parseForecastOptions({ archive: 'arkiv', compareWith: 'forrige' })).toEqual({ options: expect.objectContaining({ archive: 'arkiv', compareWith: 'forrige' }) });
    expect(parseForecastOptions({ archive: '' })).toEqual({ error: '--archive skal være en mappe' });
    expect(parseForecastOptions({ compareWith: '' })).toEqual({ error: '--compare-with skal være den forrige kørsels input (en mappe eller en projektmappe .xlsx)' });
    expect(parseAsOfPrevious(undefined)).toEqual({});
    expect(parseAsOfPrevious('aug 2026')).toEqual({ asOf: { year: 2026, month: 8 } });
    expect(parseAsOfPrevious('2026-13')).toEqual({ error: '--as-of-previous skal være en måned som 2026-08' });
  });
});
