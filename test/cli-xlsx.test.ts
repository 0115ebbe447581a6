import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execCli } from './helpers/run-cli.js';
import { withoutLocations } from './helpers/same-forecast.js';

const cli = execCli;

describe('workbook input and prognose init (end to end)', () => {
  it('forecasts a one-workbook project to the same JSON as the CSV folder, and never writes over it', async () => {
    const csv = await cli('forecast', 'fixtures/eksempel', '--json');
    const xlsx = await cli('forecast', 'fixtures/eksempel.xlsx', '--json');
    expect(xlsx.code).toBe(0);
    expect(withoutLocations(xlsx.stdout)).toEqual(withoutLocations(csv.stdout));
    // 174.683.422,90: the pools' open quarter (1.000.000 + 600.000 + 800.000) × 3/12 = 600.000, not 2.400.000
    // (175.456.398,90), less the age limit's cuts in the open months (Opholdssteder and Døgninstitutioner at 18), 772.976,00
    expect(JSON.parse(xlsx.stdout).total.expected).toBe('174683422.90');
    const over = await cli('forecast', 'fixtures/eksempel.xlsx', '--out', 'fixtures/eksempel.xlsx');
    expect(over.code).toBe(2);
  });

  it('init --xlsx writes model.xlsx once; the untouched template stops with a plain explanation', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'prognose-init-cli-')), 'nyt projekt');
    const first = await cli('init', dir, '--xlsx');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`prognose forecast ${join(dir, 'model.xlsx')}`);
    expect(await readdir(dir)).toEqual(['model.xlsx']);
    const again = await cli('init', dir, '--xlsx');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('init skriver aldrig over filer');

    const run = await cli('forecast', join(dir, 'model.xlsx'), '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('model.xlsx Foranstaltninger: foranstaltninger har ingen rækker endnu');

    const folder = await cli('forecast', dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`prognose forecast ${join(dir, 'model.xlsx')}`);
    expect(existsSync(join(dir, 'foranstaltninger.csv'))).toBe(false);
  });
});
