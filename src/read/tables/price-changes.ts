/** prisfremskrivning → PriceChange[]. Exports: toPriceChange. */
import type { PriceChange } from '../../model/price-index.js';
import type { RowCells } from '../row-cells.js';

export function toPriceChange(cells: RowCells): PriceChange | undefined {
  const year = cells.year('year');
  const percent = cells.change('percent');
  if (cells.failed || year == null || percent == null) return undefined;
  return { year, percent, source: cells.location() };
}
