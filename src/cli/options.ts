/**
 * Command-line options, validated with zod into typed values. Exports: ForecastOptions, parseForecastOptions.
 */
import { z } from 'zod';
import type { YearMonth } from '../model/civil-date.js';
import { parseMonth } from '../read/conventions.js';
import { LANGS, type Lang } from '../render/workbook/labels.js';

export interface ForecastOptions {
  readonly year?: number;
  readonly asOf?: YearMonth;
  readonly json: boolean;
  readonly out?: string;
  readonly quiet: boolean;
  /** Workbook labels. */
  readonly lang: Lang;
  /** CPR numbers as DDMMYY-xxxx in the workbook too. */
  readonly maskCpr: boolean;
  /** Identical bytes for identical inputs: no time in the workbook (unless SOURCE_DATE_EPOCH). */
  readonly deterministic: boolean;
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
  lang: z.enum(LANGS, { message: `skal være ${LANGS.join(' eller ')}` }).default('da'),
  maskCpr: z.boolean().default(false),
  deterministic: z.boolean().default(false),
});

const FLAG: Record<string, string> = { year: '--year', asOf: '--as-of', out: '--out', lang: '--lang' };

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
