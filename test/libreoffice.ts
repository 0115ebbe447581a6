/**
 * LibreOffice headless for tests: whether `soffice` is there, and converting workbooks with every
 * formula recalculated on load. A throw-away user profile sets Calc's "recalculation on file load"
 * for Excel 2007+ and ODF files to "always", so cached results are never trusted.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function hasSoffice(): boolean {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts files (e.g. to "xlsx" or "pdf") into outDir with recalculation; returns the output paths. */
export async function convertWithRecalc(files: readonly string[], format: string, outDir: string): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'prognose-lo-'));
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files];
  let r: ReturnType<typeof spawnSync>;
  try {
    r = spawnSync('soffice', args, { encoding: 'utf8', timeout: 180_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${String(r.stderr)}`);
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, `.${format}`)));
}
