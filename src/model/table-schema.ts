/**
 * The input tables: their file/sheet names and columns with every accepted spelling, in one place.
 * README's input section mirrors this file.
 *
 * Each column has a type (ColumnType): the readers parse a cell by it, the `init` template writes
 * its example and cell format by it, and the README's tables list it.
 *
 * A column may be a column per year (`perYear`): its header is one of its aliases followed by a
 * year, e.g. `Budget 2027`; each such column is keyed `key:year` in the column map (yearColumnKey).
 *
 * Exports: TableKey, TableSpec, ColumnSpec, ColumnType, TABLES, tableForName, columnForHeader,
 * yearOfHeader, yearColumnKey, ColumnMap.
 */
import { normalizeKey } from './names.js';

export type TableKey = 'measures' | 'dispositions' | 'actuals' | 'riskCases' | 'intakes' | 'transitions' | 'priceChanges';

/**
 * What a column holds:
 * - text: free text (a name, an account); case: a case reference, a CPR number or other (personal data);
 * - amount: kroner (Budget, Beløb); rate: kroner per unit of time (Takst, Enhedsudgift, a monthly price);
 * - count: a number of cases or months;
 * - date: a civil date; month: a year and month; percent: a probability 0-100 %;
 * - year: a calendar year (2027); change: a yearly change in percent (3,25 and 3,25 % are both 3,25 %);
 * - unit, status, method: one of a fixed list of words (model/disposition.ts, model/method.ts).
 */
export type ColumnType = 'text' | 'case' | 'amount' | 'rate' | 'count' | 'date' | 'month' | 'percent' | 'year' | 'change' | 'unit' | 'status' | 'method';

export interface ColumnSpec {
  readonly key: string;
  readonly type: ColumnType;
  /** The Danish header a template writes. */
  readonly label: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** One line for the README, the template and error hints. */
  readonly description: string;
  /** A column per year: the header is an alias followed by a year (`Budget 2027`); the label shows the year as ÅÅÅÅ. */
  readonly perYear?: boolean;
  /**
   * Kept as written and shown among the table's extra columns (model/extra-columns.ts) rather
   * than in a column of its own: a column the checks or the forecast read, but no row type holds.
   */
  readonly kept?: boolean;
}

export interface TableSpec {
  readonly key: TableKey;
  /** Danish file/sheet name without extension. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
  readonly columns: readonly ColumnSpec[];
  /** The table keeps its extra columns (model/extra-columns.ts): the consultant's own, shown in the workbook. */
  readonly keepsExtraColumns?: boolean;
}

const measureColumn: ColumnSpec = {
  key: 'measure', type: 'text', label: 'Foranstaltning', aliases: ['foranstaltning', 'foranstaltninger', 'ydelse', 'measure'], required: true,
  description: 'foranstaltningens navn, præcis som i foranstaltninger',
};
const monthColumn: ColumnSpec = {
  key: 'month', type: 'month', label: 'Måned', aliases: ['maaned', 'maned', 'md', 'mdr', 'periode', 'month', 'period'], required: true,
  description: 'måneden, fx 2026-03',
};
const startColumn: ColumnSpec = {
  key: 'start', type: 'date', label: 'Startdato', aliases: ['startdato', 'start', 'fra', 'fradato', 'startdate', 'from'], required: true,
  description: 'første dag, fx 01.03.2026',
};
const stopAliases = ['stopdato', 'stop', 'slutdato', 'slut', 'til', 'tildato', 'ophoer', 'ophoersdato', 'stopdate', 'enddate', 'end', 'to'];

export const TABLES: Readonly<Record<TableKey, TableSpec>> = {
  measures: {
    key: 'measures', name: 'Foranstaltninger', aliases: ['foranstaltninger', 'foranstaltning', 'measures', 'measure'], required: true,
    columns: [
      { key: 'account', type: 'text', label: 'Konto', aliases: ['konto', 'kontonr', 'kontonummer', 'funktion', 'account'], required: false, description: 'konto i den kommunale kontoplan, fx 5.28.20' },
      { key: 'area', type: 'text', label: 'Område', aliases: ['omraade', 'omrade', 'area'], required: false, description: 'fx Børn og unge eller Voksne' },
      { ...measureColumn, description: 'foranstaltningens navn (nøglen de andre filer henviser til)' },
      { key: 'method', type: 'method', label: 'Metode', aliases: ['metode', 'prognosemetode', 'method'], required: true, description: 'disposition, glidende, tolvtedele, ramme eller skøn' },
      { key: 'budget', type: 'amount', label: 'Budget', aliases: ['budget', 'korrigeretbudget', 'korrbudget', 'kbudget', 'budgetkr', 'correctedbudget'], required: true, description: 'korrigeret budget for året i kr.' },
      { key: 'laterBudget', type: 'amount', label: 'Budget ÅÅÅÅ', aliases: ['budget', 'korrigeretbudget', 'korrbudget', 'overslag', 'overslagsaar'], required: false, perYear: true, description: 'budget for et senere år (overslagsår), fx kolonnen Budget 2027; én kolonne pr. år' },
      { key: 'budgetPersons', type: 'count', label: 'Budget antal', aliases: ['budgetantal', 'budgetteretantal', 'antalbudget', 'budgethelaarspersoner', 'budgetpersons', 'budgetedpersons'], required: false, description: 'budgetterede helårspersoner, fx 40,5 (kun disposition; giver opdelingen i aktivitet og pris)' },
      { key: 'pool', type: 'amount', label: 'Pulje', aliases: ['pulje', 'pool', 'skoenspulje'], required: false, description: 'årlig pulje til ukendt tilgang (kun disposition); de åbne måneders andel bruges' },
      { key: 'restPool', type: 'amount', label: 'Restpulje', aliases: ['restpulje', 'resterendepulje', 'restpool', 'remainingpool'], required: false, description: 'det der er tilbage af puljen til de åbne måneder; erstatter puljens andel (kun disposition)' },
      { key: 'ageLimit', type: 'count', label: 'Aldersgrænse', aliases: ['aldersgraense', 'aldersgrnse', 'agelimit', 'maxalder'], required: false, description: 'alder hvor foranstaltningens rækker slutter, fx 18 eller 23 ved efterværn (dagen før fødselsdagen er den sidste betalte); også overgange til foranstaltningen' },
      { key: 'estimate', type: 'amount', label: 'Skøn', aliases: ['skoen', 'skon', 'estimat', 'estimate'], required: false, description: 'forventet helårsudgift (kun metode skøn)' },
      { key: 'averagePrice', type: 'rate', label: 'Gennemsnitspris', aliases: ['gennemsnitspris', 'gnspris', 'gnsnitspris', 'averageprice', 'avgprice'], required: false, description: 'standardpris pr. måned for tilgangsrækker' },
    ],
  },
  dispositions: {
    key: 'dispositions', name: 'Dispositioner', aliases: ['dispositioner', 'disposition', 'dispositionsark', 'dispositions'], required: false, keepsExtraColumns: true,
    columns: [
      { key: 'caseRef', type: 'case', label: 'CPR', aliases: ['cpr', 'cprnr', 'cprnummer', 'personnummer', 'sag', 'sagsnr', 'case', 'caseref'], required: true, description: 'CPR-nummer (DDMMÅÅ-SSSS) eller anden sagsreference' },
      measureColumn,
      { key: 'rate', type: 'rate', label: 'Takst', aliases: ['takst', 'pris', 'rate'], required: true, description: 'takst i kr. pr. takstenhed' },
      { key: 'unit', type: 'unit', label: 'Takstenhed', aliases: ['takstenhed', 'enhed', 'unit', 'rateunit', 'per'], required: false, description: 'måned (standard), dag, uge eller år' },
      startColumn,
      { key: 'stop', type: 'date', label: 'Stopdato', aliases: stopAliases, required: false, description: 'sidste dag; tom eller 01.01.9999 = intet kendt stop' },
      { key: 'status', type: 'status', label: 'Status', aliases: ['status', 'type'], required: false, description: 'aktuel (standard) eller forventet' },
      { key: 'kind', type: 'text', label: 'Art', aliases: ['art', 'posteringsart', 'betalingsart', 'kind'], required: false, kept: true, description: 'refusion eller indtægt for en negativ takst, der er meningen (ellers tom, fx udgift)' },
      { key: 'caseworker', type: 'text', label: 'Sagsbehandler', aliases: ['sagsbehandler', 'sagsbeh', 'raadgiver', 'socialraadgiver', 'caseworker'], required: false, kept: true, description: 'sagsbehandlerens navn; giver arket Sagsbehandlere' },
    ],
  },
  actuals: {
    key: 'actuals', name: 'Forbrug', aliases: ['forbrug', 'regnskab', 'actuals', 'actual'], required: false,
    columns: [
      measureColumn,
      monthColumn,
      { key: 'amount', type: 'amount', label: 'Beløb', aliases: ['beloeb', 'belob', 'forbrug', 'amount', 'actual'], required: true, description: 'bogført forbrug i kr.; flere rækker for samme måned lægges sammen' },
    ],
  },
  riskCases: {
    key: 'riskCases', name: 'Risikosager', aliases: ['risikosager', 'risikosag', 'risiko', 'riskcases', 'riskcase', 'risk'], required: false,
    columns: [
      { key: 'caseRef', type: 'case', label: 'Sag', aliases: ['sag', 'sagsnr', 'sagsnummer', 'reference', 'case', 'id'], required: false, description: 'sagens reference' },
      measureColumn,
      { key: 'count', type: 'count', label: 'Antal', aliases: ['antal', 'count', 'number', 'cases'], required: false, description: 'antal sager (standard 1)' },
      { key: 'unitCost', type: 'rate', label: 'Enhedsudgift', aliases: ['enhedsudgift', 'enhedspris', 'udgift', 'maanedsudgift', 'unitcost', 'cost', 'monthlycost'], required: true, description: 'udgift pr. sag pr. måned i kr.' },
      { key: 'probability', type: 'percent', label: 'Sandsynlighed', aliases: ['sandsynlighed', 'risiko', 'probability', 'likelihood'], required: true, description: '0-1 eller procent, fx 40 %' },
      startColumn,
      { key: 'duration', type: 'count', label: 'Varighed', aliases: ['varighed', 'duration', 'months', 'maaneder'], required: false, description: 'antal måneder (eller angiv Stopdato; ingen af dem = året ud)' },
      { key: 'stop', type: 'date', label: 'Stopdato', aliases: stopAliases, required: false, description: 'sidste dag (i stedet for Varighed)' },
    ],
  },
  intakes: {
    key: 'intakes', name: 'Tilgang', aliases: ['tilgang', 'tilgangogafgang', 'tilgangafgang', 'intake', 'intakes', 'intakeexit'], required: false,
    columns: [
      measureColumn,
      monthColumn,
      { key: 'intake', type: 'count', label: 'Tilgang', aliases: ['tilgang', 'intake', 'new'], required: false, description: 'nye sager fra måneden' },
      { key: 'exit', type: 'count', label: 'Afgang', aliases: ['afgang', 'exit', 'exits'], required: false, description: 'ophørte sager fra måneden' },
      { key: 'averagePrice', type: 'rate', label: 'Gennemsnitspris', aliases: ['gennemsnitspris', 'gnspris', 'gnsnitspris', 'pris', 'averageprice', 'avgprice', 'price'], required: false, description: 'pris pr. sag pr. måned; tom = foranstaltningens' },
    ],
  },
  transitions: {
    key: 'transitions', name: 'Overgange', aliases: ['overgange', 'overgang', '18aarsliste', 'atten', 'transitions', 'transition'], required: false,
    columns: [
      { key: 'caseRef', type: 'case', label: 'CPR', aliases: ['cpr', 'cprnr', 'cprnummer', 'personnummer', 'sag', 'sagsnr', 'case', 'caseref'], required: true, description: 'CPR-nummer (DDMMÅÅ-SSSS) eller anden sagsreference' },
      { key: 'measure', type: 'text', label: 'Til foranstaltning', aliases: ['tilforanstaltning', 'voksenforanstaltning', 'nyforanstaltning', 'foranstaltning', 'tomeasure', 'measure'], required: true, description: 'voksenforanstaltningen sagen overgår til (metode disposition), præcis som i foranstaltninger' },
      { ...startColumn, required: false, description: 'første dag på voksenforanstaltningen; tom = 18-årsdagen ud fra CPR-nummeret' },
      { key: 'rate', type: 'rate', label: 'Takst', aliases: ['takst', 'pris', 'rate'], required: true, description: 'takst i kr. pr. takstenhed' },
      { key: 'unit', type: 'unit', label: 'Takstenhed', aliases: ['takstenhed', 'enhed', 'unit', 'rateunit', 'per'], required: false, description: 'måned (standard), dag, uge eller år' },
      { key: 'probability', type: 'percent', label: 'Sandsynlighed', aliases: ['sandsynlighed', 'probability', 'likelihood'], required: false, description: '0-1 eller procent, fx 60 % (standard 100 %)' },
      { key: 'stop', type: 'date', label: 'Stopdato', aliases: stopAliases, required: false, description: 'sidste dag; tom eller 01.01.9999 = intet kendt stop' },
    ],
  },
  priceChanges: {
    key: 'priceChanges', name: 'Prisfremskrivning', aliases: ['prisfremskrivning', 'prisfremskrivninger', 'fremskrivning', 'prisindeks', 'pris-og-loenfremskrivning', 'pl', 'priceindex', 'priceindexation', 'pricechanges'], required: false,
    columns: [
      { key: 'year', type: 'year', label: 'År', aliases: ['aar', 'ar', 'budgetaar', 'year'], required: true, description: 'året prisændringen gælder, fx 2027 (et år efter budgetåret)' },
      { key: 'percent', type: 'change', label: 'Procent', aliases: ['procent', 'pct', 'fremskrivning', 'prisfremskrivning', 'percent', 'change'], required: true, description: 'årets prisændring i procent, fx 3,25 eller 3,25 %' },
    ],
  },
};

/** The table a file or sheet name (without extension) names, if any. */
export function tableForName(name: string): TableSpec | undefined {
  const key = normalizeKey(name);
  return Object.values(TABLES).find((t) => t.aliases.some((a) => normalizeKey(a) === key));
}

/** Column key → index in the raw table's header. */
export type ColumnMap = ReadonlyMap<string, number>;

/** The key in a ColumnMap of a per-year column's year. */
export function yearColumnKey(key: string, year: number): string {
  return `${key}:${year}`;
}

const YEAR_SUFFIX = /^(.*?)(\d{4})$/;

/** The year of a header naming a per-year column of `col` (`Budget 2027` → 2027), else undefined. */
export function yearOfHeader(header: string, col: ColumnSpec): number | undefined {
  if (!col.perYear) return undefined;
  const m = YEAR_SUFFIX.exec(normalizeKey(header));
  return m && col.aliases.includes(m[1]!) ? Number(m[2]) : undefined;
}

/**
 * The column a header names: an exact alias first, then a per-year column (an alias followed by a
 * year), else the longest alias (4+ letters) it starts with.
 */
export function columnForHeader(header: string, spec: TableSpec): ColumnSpec | undefined {
  const key = normalizeKey(header);
  if (key === '') return undefined;
  const exact = spec.columns.find((c) => !c.perYear && c.aliases.includes(key));
  if (exact) return exact;
  const perYear = spec.columns.find((c) => yearOfHeader(header, c) !== undefined);
  if (perYear) return perYear;
  let best: { col: ColumnSpec; len: number } | undefined;
  for (const col of spec.columns) {
    if (col.perYear) continue;
    for (const a of col.aliases) {
      if (a.length >= 4 && key.startsWith(a) && (!best || a.length > best.len)) best = { col, len: a.length };
    }
  }
  return best?.col;
}
