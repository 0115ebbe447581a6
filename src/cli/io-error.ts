/**
 * A fault of the file system (a Node.js errno error: EACCES, ENOSPC, ENAMETOOLONG …) as one line
 * of plain Danish naming the path, for exit code 2: never a stack trace. Exports: ioErrorLine.
 */

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'adgang nægtet',
  EPERM: 'handlingen er ikke tilladt',
  ENOENT: 'findes ikke (eller peger på noget, der ikke findes)',
  ENOTDIR: 'en del af stien er ikke en mappe',
  EISDIR: 'er en mappe, ikke en fil',
  ELOOP: 'symbolske links i ring',
  ENAMETOOLONG: 'navnet er for langt',
  ENOSPC: 'disken er fuld',
  EDQUOT: 'diskkvoten er brugt op',
  EFBIG: 'filen bliver for stor',
  EROFS: 'disken er skrivebeskyttet',
  EIO: 'læse-/skrivefejl på disken',
  EMFILE: 'for mange åbne filer',
  ENFILE: 'for mange åbne filer',
  EBUSY: 'filen er i brug',
  ETXTBSY: 'filen er i brug',
  EEXIST: 'findes allerede',
  EXDEV: 'kan ikke flyttes til en anden disk',
  ENXIO: 'enheden findes ikke',
  ENODEV: 'enheden findes ikke',
};

/** The one line for an errno error, or undefined for any other error. */
export function ioErrorLine(err: unknown): string | undefined {
  if (!(err instanceof Error)) return undefined;
  const e = err as NodeJS.ErrnoException;
  if (typeof e.code !== 'string' || e.syscall === undefined) return undefined;
  const reason = REASONS[e.code] ?? 'fejl i filsystemet';
  const path = e.path ?? (e as { dest?: string }).dest;
  return `${path !== undefined ? `${path}: ` : ''}${reason} (${e.code})`;
}
