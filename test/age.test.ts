import { describe, expect, it } from 'vitest';
import { ageOn, birthdayOf, lastDayBeforeAge } from '../src/model/age.js';
import { cprBirthDate } from '../src/model/cpr.js';
import { d } from './helpers.js';

describe('age by the birthday rule (model/age.ts)', () => {
  it('reaches an age on the birthday itself, not the day before', () => {
    const birth = cprBirthDate('150308-4005')!; // 7th digit 4, YY 08 ≤ 36 → 2008
    expect(birth).toEqual(d('15.03.2008'));
    expect(ageOn(birth, d('14.03.2026'))).toBe(17);
    expect(ageOn(birth, d('15.03.2026'))).toBe(18);
    expect(birthdayOf(birth, 18)).toEqual(d('15.03.2026'));
    expect(lastDayBeforeAge(birth, 18)).toEqual(d('14.03.2026'));
  });

  it('takes 1 March as the birthday of a person born 29 February in a common year', () => {
    const birth = d('29.02.2008');
    expect(birthdayOf(birth, 18)).toEqual(d('01.03.2026')); // 2026 is a common year
    expect(birthdayOf(birth, 16)).toEqual(d('29.02.2024')); // 2024 is a leap year
    expect(ageOn(birth, d('28.02.2026'))).toBe(17);
    expect(ageOn(birth, d('01.03.2026'))).toBe(18);
    expect(lastDayBeforeAge(birth, 18)).toEqual(d('28.02.2026'));
  });

  it('ends a limit on a birthday on the 1st on the last day of the month before', () => {
    expect(lastDayBeforeAge(d('01.01.2005'), 23)).toEqual(d('31.12.2027'));
    expect(lastDayBeforeAge(d('01.03.2008'), 18)).toEqual(d('28.02.2026'));
  });

  it('counts whole years, negative before birth', () => {
    expect(ageOn(d('31.12.1900'), d('30.12.2026'))).toBe(125);
    expect(ageOn(d('01.06.2026'), d('31.05.2026'))).toBe(-1);
    expect(ageOn(d('01.06.2026'), d('01.06.2026'))).toBe(0);
  });
});
