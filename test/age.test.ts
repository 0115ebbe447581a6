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

describe('the same rule on packed dates (ageOnKeys)', () => {
  it('equals ageOn for births on every day of 2007-2008 (29 February included) against every day of 2024-2027', async () => {
    const { ageOnKeys, dateKey } = await import('../src/model/age.js');
    const { dayNumber, fromDayNumber } = await import('../src/model/civil-date.js');
    let compared = 0;
    for (let b = dayNumber(d('01.01.2007')); b <= dayNumber(d('31.12.2008')); b++) {
      const birth = fromDayNumber(b);
      for (let x = dayNumber(d('01.01.2024')); x <= dayNumber(d('31.12.2027')); x++) {
        const day = fromDayNumber(x);
        if (ageOnKeys(dateKey(birth), dateKey(day)) !== ageOn(birth, day)) throw new Error(`${dateKey(birth)} ${dateKey(day)}`);
        compared++;
      }
    }
    // 29.02.2008 on both sides of its birthday in a common year and a leap year.
    const leap = dateKey(d('29.02.2008'));
    expect([ageOnKeys(leap, 20260228), ageOnKeys(leap, 20260301), ageOnKeys(leap, 20240228), ageOnKeys(leap, 20240229)]).toEqual([17, 18, 15, 16]);
    expect(compared).toBe(731 * 1461); // 2007 and 2008 (366 days, 29 February among them) × 2024-2027
  });
});
