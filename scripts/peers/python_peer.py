"""The pure-Python peer: the open-month disposition sums in integer øre with nothing but the
standard library (common.py says what is summed and the rule). It is the reference the polars and
DuckDB peers share their formula and calendar with, and it runs wherever python3 does, so the test
of the peers (test/bench-peers.test.ts) runs on any machine.

    python3 scripts/peers/python_peer.py DIR --as-of YYYY-MM
"""
import os
import sys

from common import (COLUMNS, NO_STOP, day_number, decode, disposition_measures, open_months,
                    parse_args, print_result, prorate, refuse_decimals, unit_divisors)

PEER = 'python_peer'


def rate_ore(text):
    """'-21.375,00' → (2137500, True); None when the rate has more than two decimals."""
    s = text.strip().replace('.', '')
    negative = s.startswith('-')
    if negative:
        s = s[1:]
    kr, _, frac = s.partition(',')
    if len(frac) > 2:
        return None
    return int(kr or '0') * 100 + int(frac.ljust(2, '0')), negative


def date_number(text, cache={}):
    """'dd.mm.yyyy' or 'dd-mm-yyyy' → day number; '' → None."""
    text = text.strip()
    if text == '':
        return None
    n = cache.get(text)
    if n is None:
        n = cache[text] = day_number(int(text[6:10]), int(text[3:5]), int(text[0:2]))
    return n


def negate(negative, amount):
    return -amount if negative else amount


def main(argv):
    directory, year, as_of = parse_args(argv, PEER)
    measures = set(disposition_measures(directory))
    months = open_months(year, as_of)
    with open(os.path.join(directory, 'dispositioner.csv'), 'rb') as f:
        lines = decode(f.read()).splitlines()
    header = lines[0].split(';')
    col = {k: header.index(v) for k, v in COLUMNS.items()}
    sums = {}
    refused = 0
    for line in lines[1:]:
        if not line:
            continue
        cells = line.split(';')
        measure = cells[col['measure']].strip()
        if measure not in measures:
            continue
        parsed = rate_ore(cells[col['rate']])
        if parsed is None:
            refused += 1
            continue
        rate_abs, negative = parsed
        start = date_number(cells[col['start']])
        stop = date_number(cells[col['stop']])
        if stop is None:
            stop = NO_STOP
        unit = cells[col['unit']].strip().lower()
        total = 0
        for first, last, dim, diy in months:
            days = min(stop, last) - max(start, first) + 1
            if days > 0:
                total += prorate(rate_abs, negative, days, unit_divisors(dim, diy)[unit], negate)
        key = (measure, cells[col['status']].strip().lower())
        sums[key] = sums.get(key, 0) + total
    refuse_decimals(refused, PEER)
    print_result(PEER, sys.version.split()[0], disposition_measures(directory), sums)


if __name__ == '__main__':
    main(sys.argv[1:])
