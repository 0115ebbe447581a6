/**
 * The warnings' and notes' texts in English, for the Advarsler sheet under `--lang en`: per problem
 * code, the Danish message and hint as the checks write them (read/, validate/) matched by a
 * pattern and said again in English with the same particulars (names, lines, amounts, months).
 * The Danish texts are not touched: the default output stays byte for byte as it was. A text that
 * does not match its code's pattern (a check reworded without this file) stays Danish;
 * test/problem-english.test.ts runs every warning and note of the fixtures through here.
 *
 * Exports: englishText, ENGLISH_TEXTS.
 */
import type { Problem } from '../../model/problem.js';

type Rule = readonly [RegExp, (...groups: string[]) => string];

interface Texts {
  readonly message: readonly Rule[];
  readonly hint?: readonly Rule[];
}

/** Danish counting nouns of the messages, in English. */
const NOUNS: Readonly<Record<string, string>> = {
  dispositionsrække: 'disposition row',
  dispositionsrækker: 'disposition rows',
  risikosag: 'risk case',
  risikosager: 'risk cases',
  tilgangsrækker: 'intake rows',
  linje: 'line',
  række: 'row',
};
const noun = (w: string): string => NOUNS[w] ?? w;
/** Rate units as the messages name them. */
const UNITS: Readonly<Record<string, string>> = { måned: 'month', dag: 'day', døgn: 'day', uge: 'week', år: 'year' };
/** "1.234,56" stays as written: the amount is the user's. */
const same = (s: string): string => s;

export const ENGLISH_TEXTS: Readonly<Record<string, Texts>> = {
  'unknown-sheet': {
    message: [[/^arket "(.*)" svarer ikke til nogen tabel og læses ikke$/s, (n) => `the sheet "${n}" matches no table and is not read`]],
    hint: [[/^tabellernes ark hedder (.*)$/s, (list) => `the tables' sheets are named ${list}`]],
  },
  'empty-sheet': {
    message: [[/^arket (.*) er tomt og springes over$/s, (n) => `the sheet ${n} is empty and is skipped`]],
  },
  'formula-without-result': {
    message: [[/^formlen har ingen gemt værdi$/, () => 'the formula has no saved result']],
    hint: [[/^åbn regnearket i Excel og gem det igen, så formlernes resultater gemmes$/, () => 'open the workbook in Excel and save it again, so the results of its formulas are saved']],
  },
  'spreadsheet-ignored': {
    message: [[/^(.*) ignoreres; (.*) bruges$/s, (a, b) => `${a} is ignored; ${b} is used`]],
    hint: [[/^tjek at den brugte fil er gemt fra den nyeste udgave af regnearket$/, () => 'check that the file used was saved from the latest version of the workbook']],
  },
  'mixed-encoding': {
    message: [[/^filen blander tegnsæt: linje (.*) er UTF-8, resten windows-1252; hver linje er læst i sit eget tegnsæt$/s, (lines) => `the file mixes encodings: line ${lines} is UTF-8, the rest windows-1252; each line is read in its own encoding`]],
    hint: [[/^tjek æ, ø og å i de linjer, og gem filen igen fra Excel \(fx som "CSV UTF-8"\), så hele filen har ét tegnsæt$/, () => 'check æ, ø and å on those lines, and save the file again from Excel (e.g. as "CSV UTF-8") so the whole file has one encoding']],
  },
  'duplicate-column': {
    message: [[/^kolonnen "(.*)" er en gentagelse af "(.*)" og ignoreres$/s, (a, b) => `the column "${a}" repeats "${b}" and is ignored`]],
  },
  'no-rows': {
    message: [[/^(arket|filen) har overskrifter, men ingen rækker$/, (w) => `the ${w === 'arket' ? 'sheet' : 'file'} has headers but no rows`]],
    hint: [[/^slet tabellen, hvis den ikke skal bruges, eller tilføj rækkerne$/, () => 'delete the table if it is not to be used, or add the rows']],
  },
  'probability-read-as-percent': {
    message: [[/^sandsynligheden er læst som (.*) %$/s, (p) => `the probability is read as ${p} %`]],
    hint: [[/^skriv 40 % eller 0,4 for at undgå tvivl$/, () => 'write 40 % or 0,4 to leave no doubt']],
  },
  'control-character': {
    message: [[/^cellen indeholder usynlige kontroltegn; de er fjernet$/, () => 'the cell holds invisible control characters; they are removed']],
    hint: [[/^ret cellen i kildefilen \(kontroltegn kommer ofte fra kopiering fra andre systemer\)$/, () => 'correct the cell in the source file (control characters often come from copying out of other systems)']],
  },
  'extra-cells': {
    message: [[/^rækken har en udfyldt celle \(nr\. (\d+)\) efter den sidste kolonne med overskrift; den ignoreres$/, (n) => `the row has a filled cell (no. ${n}) after the last column with a header; it is ignored`]],
    hint: [[/^tjek om en celle indeholder et ekstra skilletegn \(;\) så værdierne er forskudt, eller giv kolonnen en overskrift$/, () => 'check whether a cell holds an extra separator (;) that shifts the values, or give the column a header']],
  },
  'cpr-modulus-11': {
    message: [[/^CPR-nummeret (.*) består ikke modulus 11-kontrollen$/s, (n) => `the CPR number ${n} fails the modulus 11 check`]],
    hint: [[/^tjek for tastefejl; numre uden modulus 11 er gyldige siden 2007, så er nummeret rigtigt, kan advarslen ignoreres$/, () => 'check for typing errors; numbers without modulus 11 are valid since 2007, so if the number is right the warning can be ignored']],
  },
  'overlapping-periods': {
    message: [[/^sag (.*) har "(.*)" i overlappende perioder \(også linje (\d+)\); fra (.*) betales der dobbelt$/s, (c, m, l, d) => `case ${c} has "${m}" in overlapping periods (also line ${l}); from ${d} it is paid twice`]],
    hint: [[/^sæt stopdatoen på den ene række før startdatoen på den anden, eller slet den overflødige række$/, () => 'set the stop date of one row before the start date of the other, or delete the extra row']],
  },
  'negative-rate': {
    message: [
      [/^negativ takst (.*) for sag (.*) på "(.*)"$/s, (a, c, m) => `negative rate ${same(a)} for case ${c} on "${m}"`],
      [/^negativ enhedsudgift (.*) for risikosag (.*) på "(.*)"$/s, (a, c, m) => `negative unit cost ${same(a)} for risk case ${c} on "${m}"`],
    ],
    hint: [
      [/^en negativ takst trækker fra: er det en refusion eller indtægt, så skriv det i kolonnen Art; ellers fjern minusset$/, () => 'a negative rate subtracts: if it is a refund or income, say so in the column Art; otherwise remove the minus'],
      [/^en negativ enhedsudgift trækker fra; er det ikke meningen, så fjern minusset$/, () => 'a negative unit cost subtracts; if that is not meant, remove the minus'],
      [/^en negativ takst trækker fra \(refusion\); er det ikke meningen, så fjern minusset$/, () => 'a negative rate subtracts (a refund); if that is not meant, remove the minus'],
    ],
  },
  'expected-started': {
    message: [[/^forventet række for sag (.*) på "(.*)" startede (\S+), før første åbne dag (\S+)$/s, (c, m, d, o) => `expected row for case ${c} on "${m}" started ${d}, before the first open day ${o}`]],
    hint: [[/^er foranstaltningen bevilget, så ret Status til aktuel \(og datoerne\); er den opgivet, så slet rækken$/, () => 'if the measure is granted, change Status to aktuel (and the dates); if it was given up, delete the row']],
  },
  'long-open-case': {
    message: [[/^sag (.*) på "(.*)" har stået uden stopdato siden (\S+), mere end (\d+) år før første åbne dag (\S+)$/s, (c, m, d, y, o) => `case ${c} on "${m}" has had no stop date since ${d}, more than ${y} years before the first open day ${o}`]],
    hint: [[/^tjek at sagen stadig er aktiv, og angiv en forventet stopdato, hvis den kendes \(grænsen sættes med --long-case-years\)$/, () => 'check that the case is still active, and give an expected stop date if known (the limit is set with --long-case-years)']],
  },
  'past-age-limit': {
    message: [[/^sag (.*) på "(.*)" \(børneområdet\) er aktiv fra 18-årsdagen (\S+?)(?: \(i budgetåret fra (\S+)\))?$/s, (c, m, d, from) => `case ${c} on "${m}" (children's area) is active from the 18th birthday ${d}${from ? ` (in the budget year from ${from})` : ''}`]],
    hint: [[/^sidste betalte dag er dagen før 18-årsdagen, (\S+): sæt Stopdato til den, eller angiv Aldersgrænse for "(.*)" \(fx 23 ved efterværn\), så rækkerne slutter dér$/s, (d, m) => `the last day paid is the day before the 18th birthday, ${d}: set Stopdato to it, or give an Aldersgrænse for "${m}" (e.g. 23 with aftercare), so its rows end there`]],
  },
  'age-for-measure': {
    message: [
      [/^sag (.*) på "(.*)": fødselsdatoen giver (-?\d+) år ved startdatoen (\S+)$/s, (c, m, a, d) => `case ${c} on "${m}": the birth date gives ${a} years at the start date ${d}`],
      [/^sag (.*) er (\d+) år den (\S+) på "(.*)", en foranstaltning på voksenområdet \(fra (\d+) år\)$/s, (c, a, d, m, from) => `case ${c} is ${a} years old on ${d} on "${m}", a measure of the adults' area (from ${from} years)`],
      [/^sag (.*) er (\d+) år den (\S+) på "(.*)", en foranstaltning på børneområdet \(under (\d+) år\)$/s, (c, a, d, m, under) => `case ${c} is ${a} years old on ${d} on "${m}", a measure of the children's area (under ${under} years)`],
    ],
    hint: [
      [/^tjek CPR-nummeret \(det 7\. ciffer giver århundredet\)$/, () => 'check the CPR number (its 7th digit gives the century)'],
      [/^tjek CPR-nummeret og foranstaltningen: hører sagen til børneområdet\?$/, () => 'check the CPR number and the measure: does the case belong to the children\'s area?'],
      [/^tjek CPR-nummeret og foranstaltningen: hører sagen til voksenområdet\?$/, () => 'check the CPR number and the measure: does the case belong to the adults\' area?'],
    ],
  },
  'age-limit-cut': {
    message: [[/^(\S+(?: \S+)?) for sag (.*) på "(.*)" (starter efter|slutter) (\S+), dagen før (\d+)-årsdagen \(Aldersgrænse (\d+)\); (?:ingen åbne måneder|(-?[\d.]+,\d\d) kr\. fjernet fra prognosen \(åbne måneder (.*)\))$/s,
      (what, c, m, verb, d, y, lim, removed, months) => `${what === 'rækken' ? 'the row' : what === 'overgangen' ? 'the transition' : what} for case ${c} on "${m}" ${verb === 'slutter' ? 'ends' : 'starts after'} ${d}, the day before turning ${y} (age limit ${lim}); ${removed ? `DKK ${removed} taken out of the forecast (open months ${months})` : 'no open months'}`]],
    hint: [[/^intet at rette: rækken afkortes ved foranstaltningens aldersgrænse \(se arket Overgange\); er grænsen forkert, så ret Aldersgrænse i foranstaltninger$/, () => 'nothing to correct: the row is cut at the measure\'s age limit (see the sheet Transitions); if the limit is wrong, correct Aldersgrænse in foranstaltninger']],
  },
  'price-change-unused': {
    message: [[/^prisændringen for (\d{4}) bruges ikke: budgetåret (\d{4}) er grundlaget, og fremskrivningen gælder årene efter$/, (y, b) => `the price change for ${y} is not used: the budget year ${b} is the base, and prices are projected for the years after it`]],
    hint: [[/^slet rækken, eller ret året til et år efter (\d{4})$/, (b) => `delete the row, or change the year to one after ${b}`]],
  },
  'budget-column-unused': {
    message: [
      [/^kolonnen "(.*)" bruges ikke: (\d{4}) er budgetåret, hvis budget er kolonnen Budget$/s, (c, y) => `the column "${c}" is not used: ${y} is the budget year, whose budget is the column Budget`],
      [/^kolonnen "(.*)" bruges ikke: (\d{4}) er før budgetåret$/s, (c, y) => `the column "${c}" is not used: ${y} is before the budget year`],
    ],
    hint: [
      [/^flyt beløbene til Budget, hvis (\d{4}) skal have dem som korrigeret budget$/, (y) => `move the amounts to Budget, if ${y} is to have them as its corrected budget`],
      [/^slet kolonnen, når den ikke længere skal bruges$/, () => 'delete the column when it is no longer needed'],
    ],
  },
  'rate-outlier': {
    message: [[/^takst (-?[\d.]+,\d\d) kr\. pr\. (\S+)(?: \((-?[\d.]+,\d\d) kr\. pr\. måned\))? for sag (.*) er (over (\d+) ×|under 1\/(\d+) af) medianen for "(.*)", (-?[\d.]+,\d\d) kr\. pr\. måned$/s,
      (rate, unit, monthly, c, _cmp, over, under, m, median) => `rate DKK ${rate} per ${UNITS[unit] ?? unit}${monthly ? ` (DKK ${monthly} per month)` : ''} for case ${c} is ${over ? `over ${over} ×` : `under 1/${under} of`} the median of "${m}", DKK ${median} per month`]],
    hint: [[/^tjek takst og takstenhed: en månedstakst skrevet som dagtakst er omkring 30 gange for stor$/, () => 'check the rate and its unit: a monthly rate written as a daily rate is about 30 times too large']],
  },
  'disposition-without-rows': {
    message: [[/^"(.*)" har metode disposition, men hverken dispositionsrækker, risikosager, tilgang eller pulje; prognosen bliver 0 kr\.$/s, (m) => `"${m}" has method disposition but no disposition rows, risk cases, intake or pool; its forecast is DKK 0`]],
    hint: [[/^tilføj sagerne i dispositioner \(navnet præcis som her\), angiv en Pulje, eller vælg en anden metode$/, () => 'add its cases in dispositioner (the name exactly as here), give a Pulje, or choose another method']],
  },
  'pool-ignored': {
    message: [[/^(Pulje|Restpulje) ignoreres for "(.*)" \(metode (.*)\)$/s, (p, m, method) => `${p} is ignored for "${m}" (method ${method})`]],
    hint: [[/^en pulje bruges kun med metoden disposition$/, () => 'a pool is used only with the method disposition']],
  },
  'budget-persons-ignored': {
    message: [[/^Budget antal ignoreres for "(.*)" \(metode (.*)\)$/s, (m, method) => `Budget antal is ignored for "${m}" (method ${method})`]],
    hint: [[/^opdelingen i aktivitet og pris bruges kun med metoden disposition$/, () => 'the split into activity and price is made only with the method disposition']],
  },
  'outside-year': {
    message: [[/^(\d+) (\S+) ligger helt uden for budgetåret (\d{4}) og giver 0 kr\.$/, (n, what, y) => `${n} ${noun(what)} lie wholly outside the budget year ${y} and add DKK 0`]],
    hint: [
      [/^(linje|række) (.*); det er harmløst; slet rækkerne, når de ikke længere skal med$/s, (w, list) => `${noun(w)} ${list}; this is harmless; delete the rows when they are no longer needed`],
      [/^det er harmløst; slet rækkerne, når de ikke længere skal med$/, () => 'this is harmless; delete the rows when they are no longer needed'],
    ],
  },
  'missing-actual': {
    message: [[/^intet forbrug for "(.*)" i lukkede måneder (.*); regnes som 0$/s, (m, months) => `no actual for "${m}" in the closed months ${months}; counted as 0`]],
    hint: [[/^tilføj forbrug for månederne i forbrug, eller tjek --as-of$/, () => 'add the actuals of those months to forbrug, or check --as-of']],
  },
  'actual-in-open-month': {
    message: [[/^forbrug for "(.*)" i åbne måneder \((.*)\) ignoreres$/s, (m, months) => `actuals for "${m}" in open months (${months}) are ignored`]],
    hint: [[/^sæt --as-of til den sidste lukkede måned, hvis de måneder er lukket$/, () => 'set --as-of to the last closed month, if those months are closed']],
  },
  'intake-in-closed-month': {
    message: [[/^tilgang\/afgang for (.*) ligger i en lukket måned og ignoreres$/s, (month) => `intake/exit for ${month} is in a closed month and is ignored`]],
    hint: [[/^lukkede måneder tæller med faktisk forbrug; flyt tilgangen til en åben måned eller slet rækken$/, () => 'closed months count their actual spend; move the intake to an open month or delete the row']],
  },
  'ignored-for-method': {
    message: [[/^(\d+) (\S+) for "(.*)" ignoreres, fordi metoden er (.*)$/s, (n, what, m, method) => `${n} ${noun(what)} for "${m}" are ignored, because the method is ${method}`]],
    hint: [[/^linje (.*); skift metode til disposition for at bruge dem$/s, (list) => `line ${list}; change the method to disposition to use them`]],
  },
  'pool-unused': {
    message: [[/^puljen for "(.*)" bruges ikke, fordi alle måneder er lukket$/s, (m) => `the pool of "${m}" is not used, because every month is closed`]],
  },
  'no-persons': {
    message: [[/^"(.*)" har ingen helårspersoner i (\d{4}), så afvigelsen deles ikke i aktivitet og pris$/s, (m, y) => `"${m}" has no full-year persons in ${y}, so its deviation is not split into activity and price`]],
    hint: [[/^tjek at dispositionsrækkerne har foranstaltningens navn og datoer i budgetåret, eller fjern Budget antal$/, () => 'check that the disposition rows carry the measure\'s name and dates in the budget year, or remove Budget antal']],
  },
  'rolling-short-window': {
    message: [[/^"(.*)" \(glidende\): gennemsnittet bygger kun på (\d+) af 12 måneder \((.*)\)$/s, (m, n, w) => `"${m}" (rolling): the average rests on only ${n} of 12 months (${w})`]],
    hint: [[/^tilføj forbrug for de manglende måneder \(også sidste års\) i forbrug$/, () => 'add the actuals of the missing months (last year\'s too) to forbrug']],
  },
};

/** The case review (validate/review-check.ts) ends its findings' messages with the money at stake. */
const AT_STAKE = /; (-?[\d.]+,\d\d) kr\. i de åbne måneder$/;

function translate(rules: readonly Rule[] | undefined, text: string): string | null {
  const stake = AT_STAKE.exec(text);
  const body = stake ? text.slice(0, stake.index) : text;
  for (const [pattern, english] of rules ?? []) {
    const m = pattern.exec(body);
    if (m) return `${english(...m.slice(1))}${stake ? `; DKK ${stake[1]} in the open months` : ''}`;
  }
  return null;
}

/** The problem's message and hint in English; a text its code's patterns do not know stays as written. */
export function englishText(p: Problem): { message: string; hint: string | undefined } {
  const texts = ENGLISH_TEXTS[p.code];
  return {
    message: translate(texts?.message, p.message) ?? p.message,
    hint: p.hint === undefined ? undefined : (translate(texts?.hint, p.hint) ?? p.hint),
  };
}
