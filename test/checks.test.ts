/** The cross-row checks of src/validate on typed rows, and validate's use of the budget year. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { money } from '../src/model/money.js';
import { ProblemList } from '../src/model/problem.js';
import { checkInputs } from '../src/validate/check-inputs.js';
import { nearestName } from '../src/validate/near-name.js';
import { checkPeriodDependent } from '../src/validate/period-check.js';
import { check as checkWithYear, disposition, inputs, intake, measure, riskCase } from './helpers.js';
import { runCli } from './helpers/run-cli.js';

const codes = (problems: ProblemList): string[] => problems.items.map((p) => `${p.severity} ${p.code} ${p.location?.line ?? ''}`.trim());

function check(parts: Parameters<typeof inputs>[0]): ProblemList {
  const problems = new ProblemList();
  checkInputs(inputs(parts), problems);
  return problems;
}

describe('overlapping periods', () => {
  const m = measure('Anbringelser', 'disposition', 1000);
  const row = (start: string, stop: string | null, line: number, caseRef = '150312-4005') =>
    disposition('Anbringelser', 100, 'måned', start, stop, { caseRef, source: { file: 'dispositioner.csv', line } });

  it('adjacent periods (a rate change) are fine', () => {
    expect(codes(check({ measures: [m], dispositions: [row('01.01.2026', '30.06.2026', 2), row('01.07.2026', null, 3)] }))).toEqual([]);
  });

  it('an open-ended row overlaps any later one; the warning is on the later row and masks the CPR', () => {
    const p = check({ measures: [m], dispositions: [row('01.07.2026', null, 3), row('01.01.2026', null, 2)] });
    expect(codes(p)).toEqual(['warning overlapping-periods 3']);
    expect(p.items[0]!.message).toBe('sag 150312-xxxx har "Anbringelser" i overlappende perioder (også linje 2); fra 01.07.2026 betales der dobbelt');
    expect(p.items[0]!.location?.column).toBe('Startdato');
  });

  it('a one-day overlap counts (stop and start are inclusive); other cases and measures do not', () => {
    expect(codes(check({ measures: [m], dispositions: [row('01.01.2026', '30.06.2026', 2), row('30.06.2026', null, 3)] }))).toEqual(['warning overlapping-periods 3']);
    expect(codes(check({ measures: [m], dispositions: [row('01.01.2026', null, 2), row('01.01.2026', null, 3, '020709-5001')] }))).toEqual([]);
  });

  it('three rows: each overlapping row is told once, against the row reaching furthest', () => {
    const p = check({ measures: [m], dispositions: [row('01.01.2026', '31.12.2026', 2), row('01.03.2026', '31.03.2026', 3), row('01.05.2026', '31.05.2026', 4)] });
    expect(p.items.map((x) => x.message.match(/linje (\d+)/)![1])).toEqual(['2', '2']);
  });

  it('rows whose stop is before their start are left to stop-before-start', () => {
    expect(codes(check({ measures: [m], dispositions: [row('01.03.2026', '28.02.2026', 2), row('01.01.2026', null, 3)] }))).toEqual(['error stop-before-start 2']);
  });
});

describe('negative rates, CPR numbers and coverage', () => {
  it('warns on negative rates and unit costs, not on zero, through validate with the budget year (the case review)', () => {
    const m = measure('Anbringelser', 'disposition', 1000);
    // negative-rate is one of the case review's checks (src/validate/review-check.ts): it needs the
    // budget year for the money at stake, so checkInputs alone does not raise it.
    const parts = {
      measures: [m],
      dispositions: [
        disposition('Anbringelser', -4250, 'måned', '01.01.2026', null, { source: { file: 'dispositioner.csv', line: 2 } }),
        disposition('Anbringelser', 0, 'måned', '01.01.2026', null, { caseRef: 'Cpr. 2', source: { file: 'dispositioner.csv', line: 3 } }),
      ],
      riskCases: [riskCase('Anbringelser', 1, -100, '0.5', '01.10.2026', { source: { file: 'risikosager.csv', line: 2 } })],
    };
    expect(codes(check(parts)).filter((c) => c.includes('negative-rate'))).toEqual([]);
    const p = checkWithYear(parts).problems.filter((x) => x.code === 'negative-rate');
    expect(p.map((x) => `${x.severity} ${x.code} ${x.location?.line}`)).toEqual(['warning negative-rate 2', 'warning negative-rate 2']);
    // No month closed (no forbrug): all twelve months are open, 12 × −4.250 = −51.000,00.
    expect(p[0]!.message).toBe('negativ takst -4.250,00 for sag Cpr. 1 på "Anbringelser"; -51.000,00 kr. i de åbne måneder');
    expect(p[1]!.location).toEqual({ file: 'risikosager.csv', line: 2, column: 'Enhedsudgift' });
  });

  it('checks CPR-shaped references in risk cases too, and leaves other references alone', () => {
    const m = measure('Anbringelser', 'disposition', 1000);
    const p = check({
      measures: [m],
      riskCases: [
        riskCase('Anbringelser', 1, 100, '0.5', '01.10.2026', { caseRef: '300226-4123', source: { file: 'risikosager.csv', line: 2 } }),
        riskCase('Anbringelser', 1, 100, '0.5', '01.10.2026', { caseRef: 'R-2026-014', source: { file: 'risikosager.csv', line: 3 } }),
      ],
    });
    expect(codes(p)).toEqual(['error cpr-invalid-date 2']);
    expect(p.items[0]!.location?.column).toBe('Sag');
    expect(p.items[0]!.value).toBe('300226-xxxx');
  });

  it('a disposition measure needs rows, risk cases, intake or a pool; other methods do not', () => {
    const p = check({
      measures: [
        measure('Tom', 'disposition', 1000),
        measure('Pulje', 'disposition', 1000, { pool: money(500) }),
        measure('Nul-pulje', 'disposition', 1000, { pool: money(0) }),
        measure('Tilgang', 'disposition', 1000, { averagePrice: money(100) }),
        measure('Advokat', 'tolvtedele', 1000),
      ],
      intakes: [intake('Tilgang', '2026-10', 1, 0, null)],
    });
    expect(p.items.filter((x) => x.code === 'disposition-without-rows').map((x) => x.message.split('"')[1])).toEqual(['Tom', 'Nul-pulje']);
  });
});

describe('rows outside the budget year', () => {
  it('one note per file, naming the lines; rows touching the year are inside', () => {
    const rows = [
      disposition('A', 100, 'måned', '01.01.2024', '31.12.2025', { source: { file: 'dispositioner.csv', line: 2 } }),
      disposition('A', 100, 'måned', '01.01.2024', '01.01.2026', { source: { file: 'dispositioner.csv', line: 3 } }),
      disposition('A', 100, 'måned', '31.12.2026', null, { source: { file: 'dispositioner.csv', line: 4 } }),
      disposition('A', 100, 'måned', '01.01.2027', null, { source: { file: 'dispositioner.csv', line: 5 } }),
    ];
    const risk = [riskCase('A', 1, 100, '0.5', '01.06.2025', { durationMonths: 6, source: { file: 'risikosager.csv', line: 2 } })];
    const problems = new ProblemList();
    checkPeriodDependent(inputs({ dispositions: rows, riskCases: risk }), { year: 2026, asOf: null, closedMonths: 0, years: 1 }, problems);
    expect(problems.items.map((p) => [p.severity, p.code, p.location?.file, p.location?.line, p.message])).toEqual([
      ['note', 'outside-year', 'dispositioner.csv', 2, '2 dispositionsrækker ligger helt uden for budgetåret 2026 og giver 0 kr.'],
      ['note', 'outside-year', 'risikosager.csv', 2, '1 risikosag ligger helt uden for budgetåret 2026 og giver 0 kr.'],
    ]);
    expect(problems.items[0]!.hint).toBe('linje 2, 5; det er harmløst; slet rækkerne, når de ikke længere skal med');
  });

  it('validate resolves the year from --year: the same rows are inside 2025 and outside 2026', async () => {
    const in2025 = JSON.parse((await runCli(['validate', 'fixtures/bad/outside-year', '--year', '2025', '--json'])).stdout) as { problems: { code: string; line?: number; file?: string; hint?: string }[] };
    expect(in2025.problems.filter((p) => p.code === 'outside-year').map((p) => [p.file, p.line, p.hint?.split(';')[0]])).toEqual([
      ['dispositioner.csv', 2, 'linje 2, 3, 4'],
      ['risikosager.csv', 2, 'det er harmløst'],
    ]);
    const in2026 = JSON.parse((await runCli(['validate', 'fixtures/bad/outside-year', '--year', '2026', '--json'])).stdout) as { problems: { code: string; line?: number }[] };
    expect(in2026.problems.map((p) => [p.code, p.line])).toEqual([['outside-year', 5]]);
  });
});

describe('prognose validate on the command line', () => {
  it('the init template with its examples uncommented is clean (its example CPR passes modulus 11)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'prognose-tpl-')), 'projekt');
    try {
      expect((await runCli(['init', dir])).code).toBe(0);
      for (const f of readdirSync(dir)) writeFileSync(join(dir, f), readFileSync(join(dir, f)).toString('latin1').replace('\r\n# ', '\r\n'), 'latin1');
      const run = await runCli(['validate', dir, '--year', '2026']);
      expect(run.stdout).toBe('Ingen problemer fundet (budgetår 2026).\n');
      expect(run.code).toBe(0);
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });

  it('does not echo a broken table as "disposition measures without rows"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prognose-echo-'));
    try {
      cpSync('fixtures/bad-base', dir, { recursive: true });
      rmSync(join(dir, 'risikosager.csv'));
      rmSync(join(dir, 'tilgang.csv'));
      writeFileSync(join(dir, 'dispositioner.csv'), 'CPR|Foranstaltning|Takst|Startdato\r\nCpr. 1|Opholdssteder|100|01.01.2026\r\n');
      const doc = JSON.parse((await runCli(['validate', dir, '--year', '2026', '--json'])).stdout) as { problems: { code: string }[] };
      expect(doc.problems.map((p) => p.code)).toEqual(['wrong-delimiter']);
      // Once the file is fixed but empty of rows for a measure, the warning is there.
      writeFileSync(join(dir, 'dispositioner.csv'), 'CPR;Foranstaltning;Takst;Startdato\r\nCpr. 1;Opholdssteder;100;01.01.2026\r\n');
      const fixed = JSON.parse((await runCli(['validate', dir, '--year', '2026', '--json'])).stdout) as { problems: { code: string; message: string }[] };
      expect(fixed.problems.map((p) => p.code)).toEqual(['disposition-without-rows']);
      expect(fixed.problems[0]!.message).toContain('"Plejefamilier"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for a missing input and for a bad --as-of, writing only to stderr/stdout', async () => {
    const missing = await runCli(['validate', 'fixtures/findes-ikke']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('fejl: input findes ikke: fixtures/findes-ikke');
    const usage = await runCli(['validate', 'fixtures/bad-base', '--as-of', 'marts']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--as-of skal være en måned som 2026-09');
  });

  it('the example municipality validates with warnings and notes only: the case review\'s 28 warnings, its 118 notes, the outside-year note and six age-limit cuts (README: Case review)', async () => {
    const run = await runCli(['validate', 'fixtures/eksempel']);
    expect(run.code).toBe(0);
    // 14 expected-started + 9 past-age-limit + 3 age-for-measure + 1 rate-outlier + 1 negative-rate = 28 warnings;
    // 118 long-open-case + 1 outside-year + 6 age-limit-cut (Aldersgrænse 18 on Opholdssteder, Døgninstitutioner and
    // Sikrede døgninstitutioner; Plejefamilier's 23 cuts no row before 2027) = 125 notes.
    expect(run.stdout.trim().split('\n').at(-1)).toBe('Input kan bruges: 0 fejl, 28 advarsler, 125 noter.');
    expect((await runCli(['validate', 'fixtures/eksempel', '--strict'])).code).toBe(2);
  });
});

describe('did you mean (nearestName)', () => {
  const known = [{ name: 'Opholdssteder' }, { name: 'Plejefamilier' }, { name: 'Botilbud § 107' }, { name: 'Botilbud § 108' }];
  it('matches case and spacing first, then small typos, never far-off names', () => {
    expect(nearestName('opholds steder', known)?.name).toBe('Opholdssteder');
    expect(nearestName('Opholdsteder', known)?.name).toBe('Opholdssteder');
    expect(nearestName('Plejefamilie', known)?.name).toBe('Plejefamilier');
    expect(nearestName('Botilbud § 109', known)?.name).toBe('Botilbud § 107');
    expect(nearestName('Døgninstitutioner', known)).toBeUndefined();
    expect(nearestName('x?z', known)).toBeUndefined();
  });
});

describe('cross-row checks point at the cell as written', () => {
  it('in a sheet: the header as written and the cell reference', async () => {
    const doc = JSON.parse((await runCli(['validate', 'fixtures/eksempel.xlsx', '--json'])).stdout) as { problems: { code: string; sheet?: string; line?: number; column?: string; cell?: string }[] };
    // The refund on line 391 says Refusion in Art: only the one on line 415 is warned (the sheet's row 417: two title rows above the header).
    expect(doc.problems.filter((p) => p.code === 'negative-rate').map((p) => [p.sheet, p.cell, p.column])).toEqual([
      ['Dispositioner', 'C417', 'Takst (kr.)'],
    ]);
    expect(doc.problems.filter((p) => p.code === 'rate-outlier').map((p) => [p.sheet, p.cell, p.column])).toEqual([
      ['Dispositioner', 'C617', 'Takst (kr.)'],
    ]);
  });
});
