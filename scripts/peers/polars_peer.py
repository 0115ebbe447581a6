"""The polars peer: the open-month disposition sums in integer øre (common.py says what is summed
and the rule), as a polars analyst would write them: the file read as text columns, the rate cut
into øre and the dates parsed by expressions, one expression per open month, a group-by.

    python3 scripts/peers/polars_peer.py DIR --as-of YYYY-MM

Exits 3 with one line on stderr when polars cannot be imported.
"""
import io
import os
import sys

from common import (COLUMNS, NO_STOP, decode, disposition_measures, open_months, parse_args,
                    print_result, prorate, refuse_decimals, skip_unless_importable, unit_divisors)

PEER = 'polars_peer'


def main(argv):
    directory, year, as_of = parse_args(argv, PEER)
    pl = skip_unless_importable('polars', PEER)
    measures = disposition_measures(directory)
    with open(os.path.join(directory, 'dispositioner.csv'), 'rb') as f:
        raw = f.read()
    # polars reads UTF-8 only: a windows-1252 file is decoded first (prognose decodes it too).
    data = raw[3:] if raw.startswith(b'\xef\xbb\xbf') else decode(raw).encode('utf-8')
    c = {k: pl.col(v) for k, v in COLUMNS.items()}
    df = pl.read_csv(io.BytesIO(data), separator=';', infer_schema_length=0,
                     columns=list(COLUMNS.values()))
    rate = c['rate'].str.strip_chars().str.replace_all('.', '', literal=True)
    parts = rate.str.strip_chars_start('-').str.split_exact(',', 1)
    frac = parts.struct.field('field_1').fill_null('')
    day = lambda e: e.str.strip_chars().str.strptime(pl.Date, '%d.%m.%Y').cast(pl.Int64)
    df = df.with_columns(
        measure=c['measure'].str.strip_chars(),
        status=c['status'].str.strip_chars().str.to_lowercase(),
        unit=c['unit'].str.strip_chars().str.to_lowercase(),
        negative=rate.str.starts_with('-'),
        rate_abs=parts.struct.field('field_0').cast(pl.Int64) * 100 + frac.str.pad_end(2, '0').cast(pl.Int64),
        decimals=frac.str.len_chars(),
        start=day(c['start']),
        stop=day(c['stop']).fill_null(NO_STOP),
    ).filter(pl.col('measure').is_in(measures))
    refuse_decimals(df.filter(pl.col('decimals') > 2).height, PEER)

    def negate(negative, amount):
        return pl.when(negative).then(-amount).otherwise(amount)

    amounts = []
    for first, last, dim, diy in open_months(year, as_of):
        days = pl.max_horizontal(pl.min_horizontal(pl.col('stop'), last) - pl.max_horizontal(pl.col('start'), first) + 1, 0)
        divisor = pl.col('unit').replace_strict(unit_divisors(dim, diy), return_dtype=pl.Int64)
        amounts.append(prorate(pl.col('rate_abs'), pl.col('negative'), days, divisor, negate))
    sums = (df.with_columns(amount=pl.sum_horizontal(amounts) if amounts else pl.lit(0, pl.Int64))
              .group_by('measure', 'status').agg(pl.col('amount').sum()))
    result = {(m, s): a for m, s, a in sums.iter_rows()}
    print_result(PEER, pl.__version__, measures, result)


if __name__ == '__main__':
    main(sys.argv[1:])
