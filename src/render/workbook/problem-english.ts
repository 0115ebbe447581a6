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
    hint: [[/^en negativ takst trækker fra \(refusion\); er det ikke meningen, så fjern minusset$/, () => 'a negative rate subtracts (a refund); if that is not meant, remove the minus']],
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

function translate(rules: readonly Rule[] | undefined, text: string): string | null {
  for (const [pattern, english] of rules ?? []) {
    const m = pattern.exec(text);
    if (m) return english(...m.slice(1));
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
