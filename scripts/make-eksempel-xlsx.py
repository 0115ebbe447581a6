#!/usr/bin/env python3
"""Converts fixtures/eksempel/*.csv to Excel workbooks with LibreOffice (not exceljs), so the
xlsx fixtures are files a real spreadsheet application wrote:

  fixtures/eksempel-xlsx/<table>.xlsx  one workbook per table, as LibreOffice imports the CSV
  fixtures/eksempel.xlsx               one workbook with a sheet per table, a merged title above
                                       the disposition header, formulas (saved with their
                                       results) and a hidden sheet to be ignored
  fixtures/eksempel-1904/dispositioner.xlsx
                                       the disposition sheet in the 1904 date system (the
                                       workbook's null date set to 01.01.1904, each date kept)

The CSVs are read as Danish Excel writes them: ';', '"', windows-1252 (LibreOffice charset 1),
Danish locale (1030) so 1.234.567,89 and 40 % become typed numbers, and the date columns typed
DD.MM.YYYY (column format 4) so dates become date serials. (LibreOffice does not detect
01.10.2026 as a date by itself; Danish Excel does.)

Needs LibreOffice and its Python UNO bridge (Debian: python3-uno). Run from the repository root:
  python3 scripts/make-eksempel-xlsx.py
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellRangeAddress  # noqa: F401 (uno type import)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
SRC = os.path.join(ROOT, 'fixtures', 'eksempel')
OUT_DIR = os.path.join(ROOT, 'fixtures', 'eksempel-xlsx')
OUT_BOOK = os.path.join(ROOT, 'fixtures', 'eksempel.xlsx')
OUT_1904 = os.path.join(ROOT, 'fixtures', 'eksempel-1904')
DAYS_1900_TO_1904 = 1462

# table file, sheet name in the one-workbook form, 1-based date columns
TABLES = [
    ('foranstaltninger', 'Foranstaltninger', []),
    ('dispositioner', 'Dispositioner', [5, 6]),
    ('forbrug', 'Forbrug', []),
    ('risikosager', 'Risikosager', [6, 8]),
    ('tilgang', 'Tilgang', []),
    ('overgange', 'Overgange', [3, 7]),
    ('prisfremskrivning', 'Prisfremskrivning', []),
]


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(900):  # a loaded machine may take minutes to start LibreOffice
        try:
            ctx = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
            return ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        except Exception:
            time.sleep(0.2)
    sys.exit('LibreOffice did not start')


def main():
    profile = tempfile.mkdtemp(prefix='prognose-lo-')
    pipe = f'prognose_fixtures_{os.getpid()}'
    office = subprocess.Popen([
        'soffice', '--headless', '--invisible', '--norestore', '--nologo',
        f'-env:UserInstallation={url(profile)}', f'--accept=pipe,name={pipe};urp;',
    ])
    try:
        desktop = connect(pipe)
        os.makedirs(OUT_DIR, exist_ok=True)
        xlsx = (prop('FilterName', 'Calc MS Excel 2007 XML'), prop('Overwrite', True))
        docs = []
        for name, sheet, date_columns in TABLES:
            columns = '/'.join(f'{c}/4' for c in date_columns)
            options = f'59,34,1,1,{columns},1030,false,true'
            doc = desktop.loadComponentFromURL(url(os.path.join(SRC, name + '.csv')), '_blank', 0, (
                prop('FilterName', 'Text - txt - csv (StarCalc)'), prop('FilterOptions', options), prop('Hidden', True),
            ))
            doc.storeToURL(url(os.path.join(OUT_DIR, name + '.xlsx')), xlsx)
            docs.append((doc, sheet))

        book = desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, (prop('Hidden', True),))
        sheets = book.Sheets
        blank = sheets.ElementNames[0]
        for doc, sheet in docs:
            index = sheets.importSheet(doc, doc.Sheets.ElementNames[0], sheets.Count)
            sheets.getByIndex(index).Name = sheet
        sheets.removeByName(blank)

        # A title above the disposition header, merged over the columns, and a blank row.
        disp = sheets.getByName('Dispositioner')
        disp.Rows.insertByIndex(0, 2)
        disp.getCellByPosition(0, 0).String = 'Dispositionsark 2026 - Eksempel Kommune'
        disp.getCellRangeByName('A1:I1').merge(True)

        # Formulas, saved with their results: the "no stop" dates as DATE(9999;1;1) and the
        # monthly rates as a formula giving the same number.
        cursor = disp.createCursor()
        cursor.gotoEndOfUsedArea(False)
        for row in range(3, cursor.RangeAddress.EndRow + 1):
            stop = disp.getCellByPosition(5, row)
            if stop.Type.value == 'VALUE' and stop.Value == 2958101:
                stop.Formula = '=DATE(9999;1;1)'
            rate, unit = disp.getCellByPosition(2, row), disp.getCellByPosition(3, row)
            if rate.Type.value == 'VALUE' and unit.String == 'måned':
                rate.Formula = f'={rate.Value!r}*1'

        # A hidden sheet named like a table: must be ignored (else it would be a second Tilgang).
        sheets.insertNewByName('Intake', sheets.Count)
        hidden = sheets.getByName('Intake')
        hidden.getCellByPosition(0, 0).String = 'gammel kladde - bruges ikke'
        hidden.IsVisible = False

        book.storeToURL(url(OUT_BOOK), xlsx)

        # The 1904 date system: same dates, serials 1462 days smaller.
        disp_doc = next(doc for doc, sheet in docs if sheet == 'Dispositioner')
        null = uno.createUnoStruct('com.sun.star.util.Date')
        null.Day, null.Month, null.Year = 1, 1, 1904
        disp_doc.NullDate = null
        disp_sheet = disp_doc.Sheets.getByIndex(0)
        cursor = disp_sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last_row = cursor.RangeAddress.EndRow
        for column in (4, 5):  # Startdato, Stopdato
            for row in range(1, last_row + 1):
                cell = disp_sheet.getCellByPosition(column, row)
                if cell.Type.value == 'VALUE':
                    cell.Value = cell.Value - DAYS_1900_TO_1904
        os.makedirs(OUT_1904, exist_ok=True)
        disp_doc.storeToURL(url(os.path.join(OUT_1904, 'dispositioner.xlsx')), xlsx)
        for doc, _ in docs:
            doc.close(True)
        book.close(True)
    finally:
        try:
            desktop.terminate()  # type: ignore[possibly-undefined]
        except Exception:
            pass
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        subprocess.run(['rm', '-rf', profile])


if __name__ == '__main__':
    main()
