/**
 * Command-line options, validated with zod into typed values. Exports: parseForecastOptions.
 */
import { z } from 'zod';
import type { YearMonth } from '../model/civil-date.js';
import { parseMonth } from '../read/conventions.js';

export interface ForecastOptions {
  readonly year?: number;
  readonly asOf?: YearMonth;
  readonly json: boolean;
  readonly out?: string;
  readonly quiet: boolean;
}

const schema = z.object({
  year: z.string().regex(/^\d{4}$/, 'skal være et årstal som 2026').transform(Number).optional(),
  asOf: z
    .string()
    .transform((s, ctx) => {
      const m = parseMonth(s);
      if (m.value === undefined) {
        ctx.addIssue({ code: 'custom', message: 'skal være en måned som 2026-09' });
        return z.NEVER;
      }
      return m.value;
    })
    .optional(),
  json: z.boolean().default(false),
  out: z.string().min(1).optional(),
  quiet: z.boolean().default(false),
});

const FLAG: Record<string, string> = { year: '--year', asOf: '--as-of', out: '--out' };

/** Typed options, or the first problem as text for a usage error. */
export function parseForecastOptions(raw: Record<string, unknown>): { options: ForecastOptions } | { error: string } {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    return { error: `${FLAG[key] ?? key} ${issue.message}` };
  }
  return { options: result.data as ForecastOptions };
}
