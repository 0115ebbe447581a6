/**
 * CPR numbers are personal data: outside the user's own workbook they are only ever shown masked.
 *
 * Exports: looksLikeCpr, maskCpr, maskCprsInText.
 */

const CPR_SHAPE = /^(\d{6})-?(\d{4})$/;
const CPR_IN_TEXT = /(?<!\d)(\d{6})-?(\d{4})(?!\d)/g;

/** Ten digits, optionally with a hyphen after the sixth. */
export function looksLikeCpr(value: string): boolean {
  return CPR_SHAPE.test(value.trim());
}

/** DDMMYY-xxxx for a CPR-shaped value; any other case reference is returned unchanged. */
export function maskCpr(value: string): string {
  const m = CPR_SHAPE.exec(value.trim());
  return m ? `${m[1]}-xxxx` : value;
}

/** Masks every CPR-shaped run of digits inside a longer text (a last line of defence for messages). */
export function maskCprsInText(text: string): string {
  return text.replace(CPR_IN_TEXT, (_all, birth: string) => `${birth}-xxxx`);
}
