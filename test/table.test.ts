import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('the summary table (render/table.ts)', () => {
  it('counts the warnings in Danish: 1 advarsel, 2 advarsler', async () => {
    const one = await runCli(['forecast', 'fixtures/bad/negative-rate', '--year', '2026']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('1 advarsel (se stderr)');
    expect(one.stdout).not.toContain('advarsler');
    const two = await runCli(['forecast', 'fixtures/eksempel']);
    expect(two.code).toBe(0);
    // The case review's 28 warnings (README: Case review); its notes do not count.
    expect(two.stdout).toContain('28 advarsler (se stderr)');
  });

  it('says nothing of warnings when there are none (notes do not count)', async () => {
    const none = await runCli(['forecast', 'fixtures/tabel-5-2', '--year', '2017']);
    expect(none.code).toBe(0);
    expect(none.stdout).not.toMatch(/advars/);
  });
});
