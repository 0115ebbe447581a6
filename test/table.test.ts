import { describe, expect, it } from 'vitest';
import { problemCount } from '../src/render/table.js';
import { runCli } from './helpers/run-cli.js';

describe('the summary table (render/table.ts)', () => {
  it('counts the warnings and notes in Danish as stderr printed them: 1 advarsel, 2 advarsler og 1 note', async () => {
    const one = await runCli(['forecast', 'fixtures/bad/negative-rate', '--year', '2026']);
    expect(one.code).toBe(0);
    const printed = (out: string, label: string): number => out.split('\n').filter((line) => line.startsWith(`${label}:`)).length;
    expect([printed(one.stderr, 'advarsel'), printed(one.stderr, 'note')]).toEqual([1, 0]);
    expect(one.stdout).toContain('1 advarsel (se stderr)');
    expect(one.stdout).not.toContain('advarsler');
    const two = await runCli(['forecast', 'fixtures/eksempel']);
    expect(two.code).toBe(0);
    // eksempel: the case review's warnings and the notes, counted as stderr printed them.
    const [warnings, notes] = [printed(two.stderr, 'advarsel'), printed(two.stderr, 'note')];
    expect(warnings).toBeGreaterThan(1);
    expect(notes).toBeGreaterThan(1);
    expect(two.stdout).toContain(`${warnings} advarsler og ${notes} noter (se stderr)`);
    const quiet = await runCli(['forecast', 'fixtures/eksempel', '--quiet']);
    expect(printed(quiet.stderr, 'advarsel') + printed(quiet.stderr, 'note')).toBe(0);
    expect(quiet.stdout).toContain(`${warnings} advarsler og ${notes} noter (ikke vist: --quiet)`);
  });

  it('counts notes alone, and says nothing when there is neither', () => {
    expect(problemCount([{ severity: 'note' }])).toBe('1 note');
    expect(problemCount([{ severity: 'note' }, { severity: 'note' }, { severity: 'warning' }])).toBe('1 advarsel og 2 noter');
    expect(problemCount([])).toBe('');
  });

  it('says nothing of warnings when there are none', async () => {
    const none = await runCli(['forecast', 'fixtures/tabel-5-2', '--year', '2017']);
    expect(none.code).toBe(0);
    expect(none.stdout).not.toMatch(/advars|note/);
  });
});
