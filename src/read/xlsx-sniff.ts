/**
 * A quick look at a spreadsheet file's bytes before any reader opens it: an .xlsx/.xlsm is a zip
 * archive (starts with "PK\x03\x04" and ends with an end-of-central-directory record). Returns
 * what is wrong in Danish, or undefined when the file looks like a complete zip.
 * Exports: sniffXlsx, SPREADSHEET_EXTENSIONS.
 */

export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods'];

export function sniffXlsx(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'filen er tom';
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    return 'filen er ikke en Excel-fil (.xlsx), selv om den hedder sådan';
  }
  // The end-of-central-directory record (PK\x05\x06) lies in the last 22 + 65.535 bytes.
  const from = Math.max(0, bytes.length - 22 - 65_535);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return undefined;
  }
  return 'Excel-filen er afkortet eller beskadiget';
}
