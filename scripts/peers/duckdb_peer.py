"""The DuckDB peer: the open-month disposition sums in integer øre (common.py says what is summed
and the rule), as one SQL query over read_csv: the rate cut into øre and the dates parsed in SQL,
one term per open month, a GROUP BY. The formula is common.prorate applied to SQL text.

    python3 scripts/peers/duckdb_peer.py DIR --as-of YYYY-MM

Exits 3 with one line on stderr when duckdb cannot be imported.
"""
import os
import re
import sys
import tempfile

from common import (COLUMNS, NO_STOP, decode, disposition_measures, open_months, parse_args,
                    print_result, prorate, refuse_decimals, skip_unless_importable, unit_divisors)

PEER = 'duckdb_peer'


class Sql:
    """SQL text that composes with + * // like a number (so common.prorate writes the query)."""

    def __init__(self, text):
        self.text = text

    @staticmethod
    def of(x):
        return x if isinstance(x, Sql) else Sql(str(x))

    def __add__(self, o):
        return Sql(f'({self.text} + {Sql.of(o).text})')

    def __mul__(self, o):
        return Sql(f'({self.text} * {Sql.of(o).text})')

    def __floordiv__(self, o):
        return Sql(f'({self.text} // {Sql.of(o).text})')


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def negate(negative, amount):
    return Sql(f'(CASE WHEN {negative.text} THEN -{amount.text} ELSE {amount.text} END)')


def main(argv):
    directory, year, as_of = parse_args(argv, PEER)
    duckdb = skip_unless_importable('duckdb', PEER)
    measures = disposition_measures(directory)
    path = os.path.join(directory, 'dispositioner.csv')
    with open(path, 'rb') as f:
        raw = f.read()
    # DuckDB reads UTF-8 and latin-1; windows-1252 equals latin-1 without the bytes 0x80-0x9f
    # (prognose decodes such a file as latin-1 too). Anything else is decoded here first.
    temp = None
    if raw.startswith(b'\xef\xbb\xbf'):
        encoding = 'utf-8'
    elif re.search(rb'[\x80-\x9f]', raw) is None:
        encoding = 'latin-1'
    else:
        temp = tempfile.NamedTemporaryFile(suffix='.csv', delete=False)
        temp.write(decode(raw).encode('utf-8'))
        temp.close()
        path, encoding = temp.name, 'utf-8'
    del raw
    try:
        col = {k: quote(v) for k, v in COLUMNS.items()}
        terms = []
        for first, last, dim, diy in open_months(year, as_of):
            days = Sql(f'greatest(least(stop, {last}) - greatest(start, {first}) + 1, 0)')
            cases = ' '.join(f'WHEN {literal(u)} THEN {d}' for u, d in unit_divisors(dim, diy).items())
            divisor = Sql(f'(CASE unit {cases} END)')
            terms.append(prorate(Sql('rate_abs'), Sql('negative'), days, divisor, negate).text)
        date = lambda c: f"datediff('day', DATE '1970-01-01', strptime(trim({c}), '%d.%m.%Y')::DATE)"
        query = f"""
        WITH raw AS (
          SELECT trim({col['measure']}) AS measure, lower(trim({col['status']})) AS status,
                 lower(trim({col['unit']})) AS unit, replace(trim({col['rate']}), '.', '') AS rate,
                 {date(col['start'])} AS start, coalesce({date(f"nullif(trim({col['stop']}), '')")}, {NO_STOP}) AS stop
          FROM read_csv({literal(path)}, delim = ';', header = true, all_varchar = true,
                        quote = '', escape = '', encoding = {literal(encoding)})
          WHERE trim({col['measure']}) IN ({', '.join(literal(m) for m in measures)})
        ), rows AS (
          SELECT measure, status, unit, start, stop, starts_with(rate, '-') AS negative,
                 coalesce(split_part(ltrim(rate, '-'), ',', 2), '') AS frac,
                 split_part(ltrim(rate, '-'), ',', 1)::BIGINT * 100 + rpad(frac, 2, '0')::BIGINT AS rate_abs
          FROM raw
        )
        SELECT measure, status, sum({' + '.join(terms) or '0'})::HUGEINT AS amount,
               count(*) FILTER (WHERE length(frac) > 2) AS refused
        FROM rows GROUP BY measure, status
        """
        rows = duckdb.sql(query).fetchall()
    finally:
        if temp is not None:
            os.unlink(temp.name)
    refuse_decimals(sum(r[3] for r in rows), PEER)
    print_result(PEER, duckdb.__version__, measures, {(m, s): a for m, s, a, _ in rows})


if __name__ == '__main__':
    main(sys.argv[1:])
