"""What the three peers share: the command line, the calendar of open months, the one proration
formula, the measure table, the decoding of the file and the JSON they print.

The peers compute what prognose's JSON reports as parts.activeDispositions and
parts.expectedDispositions for every measure whose method is disposition: the sum over the open
months (after --as-of, to the end of its year) of every disposition row prorated to its active
days, exactly, in integer øre:

    amount = round(rate_øre × days / divisor), half away from zero
           = sign × ((2 × |rate_øre| × days + divisor) // (2 × divisor))

because for n = |rate_øre| × days ≥ 0, floor((2n + d) / 2d) = floor(n/d + ½) is n/d rounded half
up. days = the days of [start, stop] (both inclusive, no stop = open-ended) in the month; divisor =
days in the month (måned), 1 (dag), 7 (uge) or days in the year (år). This is the rule of
prognose's methods/disposition.ts (prorateOre), written once here (prorate) and applied by each
peer to its own kind of value: Python integers (python_peer.py), polars expressions
(polars_peer.py) and SQL text (duckdb_peer.py).

The peers validate nothing (no CPR check, no overlap check, no header matching beyond the exact
names of the bench's files): they are the floor a municipal analyst's own script could reach.
Rates with more than two decimals are refused (exit 2): prognose takes them on a decimal path the
peers do not have. Not part of the npm package (package.json "files").
"""
import calendar
import datetime
import json
import os
import sys

EPOCH = datetime.date(1970, 1, 1).toordinal()
#: A day number past any real stop (9999-12-31 is 2,932,896): "no stop".
NO_STOP = 10**8

COLUMNS = {
    'measure': 'Foranstaltning',
    'rate': 'Takst (kr.)',
    'unit': 'Takstenhed',
    'start': 'Startdato',
    'stop': 'Stopdato',
    'status': 'Status',
}

#: Exit code of a peer whose engine cannot be imported (bench.mjs reads it as "skipped").
EXIT_SKIPPED = 3


def skip_unless_importable(module, peer):
    """Imports `module` or exits EXIT_SKIPPED with one line on stderr saying why."""
    try:
        return __import__(module)
    except ImportError as error:
        print(f'{peer}: skipped: python3 cannot import {module} ({error}); install it with pip where a package index is reachable', file=sys.stderr)
        sys.exit(EXIT_SKIPPED)


def parse_args(argv, peer):
    """DIR --as-of YYYY-MM → (dir, year, as_of_month)."""
    usage = f'usage: {peer} DIR --as-of YYYY-MM'
    if len(argv) != 3 or argv[1] != '--as-of':
        print(usage, file=sys.stderr)
        sys.exit(2)
    try:
        year, month = (int(p) for p in argv[2].split('-'))
        if not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        print(usage, file=sys.stderr)
        sys.exit(2)
    return argv[0], year, month


def day_number(year, month, day):
    """Days since 1970-01-01 (polars' Date and DuckDB's date arithmetic use the same epoch)."""
    return datetime.date(year, month, day).toordinal() - EPOCH


def open_months(year, as_of_month):
    """The open months after as_of_month: [(first day, last day, days in month, days in year)]."""
    days_in_year = 366 if calendar.isleap(year) else 365
    months = []
    for m in range(as_of_month + 1, 13):
        dim = calendar.monthrange(year, m)[1]
        months.append((day_number(year, m, 1), day_number(year, m, dim), dim, days_in_year))
    return months


def prorate(rate_abs, negative, days, divisor, negate):
    """The rule above on any values that have +, * and // (ints, polars expressions, SQL text)."""
    rounded = (rate_abs * days * 2 + divisor) // (divisor * 2)
    return negate(negative, rounded)


def unit_divisors(days_in_month, days_in_year):
    """The divisor of each unit in one month."""
    return {'måned': days_in_month, 'dag': 1, 'uge': 7, 'år': days_in_year}


def decode(raw):
    """The file's text: UTF-8 after a BOM, else windows-1252 (as prognose reads them)."""
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    try:
        return raw.decode('cp1252')
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: windows-1252 leaves them undefined
        return raw.decode('latin-1')


def disposition_measures(directory):
    """The names of the measures whose method is disposition (foranstaltninger.csv)."""
    with open(os.path.join(directory, 'foranstaltninger.csv'), 'rb') as f:
        lines = decode(f.read()).splitlines()
    header = lines[0].split(';')
    name, method = header.index('Foranstaltning'), header.index('Metode')
    return [cells[name].strip() for cells in (line.split(';') for line in lines[1:] if line.strip())
            if cells[method].strip().lower() == 'disposition']


def kroner(ore):
    """Integer øre as prognose's JSON writes money: 1234.50, -0.05, 0.00."""
    sign = '-' if ore < 0 else ''
    ore = abs(ore)
    return f'{sign}{ore // 100}.{ore % 100:02d}'


def print_result(peer, version, measures, sums):
    """sums: {(measure, status): øre}. Prints the JSON every peer prints."""
    out = {'peer': peer, 'version': version, 'measures': {
        m: {'activeDispositions': kroner(int(sums.get((m, 'aktuel'), 0))),
            'expectedDispositions': kroner(int(sums.get((m, 'forventet'), 0)))}
        for m in measures}}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


def refuse_decimals(count, peer):
    if count:
        print(f'{peer}: {count} rates have more than two decimals; the peers take only whole øre', file=sys.stderr)
        sys.exit(2)
