/**
 * The command line: parses arguments, runs a command and maps outcomes to exit codes:
 * 0 success (warnings allowed), 2 invalid input or usage, 1 internal fault.
 * Exports: main.
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../model/problem.js';
import { endQuietlyOnEpipe, writeErr, writeOut } from './streams.js';
import { VERSION } from './version.js';
import { UsageError } from './usage-error.js';

// Only commander and a few small modules are loaded up front, so --help and --version start
// quickly: each command's modules are imported by its action, exceljs only when a workbook is
// read or written, and chalk (render/colour.ts) only when a message or table is written where
// it could be coloured.

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('prognose')
    .description('Forventet regnskab for det specialiserede børne- og voksenområde')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut, writeErr });

  endQuietlyOnEpipe();
  let exitCode = 0;
  program
    .command('forecast')
    .description('beregn forventet regnskab ud fra en mappe med input eller en projektmappe (.xlsx)')
    .argument('<input>', 'mappe med foranstaltninger, dispositioner, forbrug, risikosager, tilgang (.csv eller .xlsx), eller én projektmappe model.xlsx med et ark pr. tabel')
    .option('--year <åååå>', 'budgetår (standard: --as-of\'s år, ellers indeværende år)')
    .option('--as-of <åååå-mm>', 'sidste lukkede måned (standard: seneste måned i årets forbrug)')
    .option('--years <n>', 'antal år: budgetåret og op til tre overslagsår, 1-4 (standard: 1)')
    .option('--json', 'skriv kun JSON-resumé til stdout')
    .option('--out <fil.xlsx>', 'skriv prognose-regnearket')
    .option('-q, --quiet', 'ingen advarsler på stderr')
    .option('--lang <da|en>', 'sprog i regnearket: da (standard) eller en')
    .option('--mask-cpr', 'vis CPR-numre som DDMMÅÅ-xxxx også i regnearket')
    .option('--deterministic', 'samme input giver samme bytes i regnearket (intet tidspunkt; se også SOURCE_DATE_EPOCH)')
    .option('--materiality <beløb|procent>', 'væsentlighed: en mindre afvigelse står som "I balance" i regnearket, i kr. (50000) eller % af budgettet ("0,5 %", standard)')
    .option('--archive <mappe>', 'gem kørslen i arkivet: <mappe>/<år>-<md>.json (samme måned igen erstatter filen)')
    .option('--compare-with <forrige>', 'tilføj arket Ændringer (fra den forrige kørsels input) til regnearket i --out')
    .option('--long-case-years <år>', 'undringssager: sager uden stopdato, der er ældre end så mange år, noteres (standard 3)')
    .option('--all-rows', 'vis også rækker helt uden for budgetåret i arket Dispositioner')
    .action(async (input: string, opts: Record<string, unknown>) => {
      const { runForecast } = await import('./forecast-command.js');
      exitCode = await runForecast(input, opts);
    });

  program
    .command('compare')
    .description('hvorfor flyttede prognosen sig? sammenlign to kørsler af samme budgetår, fx sidste måneds og denne måneds')
    .argument('<forrige>', 'den forrige kørsels input (mappe eller projektmappe .xlsx)')
    .argument('<nu>', 'denne kørsels input (mappe eller projektmappe .xlsx)')
    .option('--year <åååå>', 'budgetår (standard: --as-of\'s eller --as-of-previous\' år, ellers indeværende år)')
    .option('--as-of <åååå-mm>', 'denne kørsels sidste lukkede måned (standard: seneste måned i årets forbrug)')
    .option('--as-of-previous <åååå-mm>', 'den forrige kørsels sidste lukkede måned (standard: seneste måned i dens forbrug)')
    .option('--json', 'skriv kun JSON til stdout')
    .option('--out <fil.xlsx>', 'skriv regnearket med arket Ændringer')
    .option('--mask-cpr', 'vis CPR-numre som DDMMÅÅ-xxxx også i regnearket')
    .option('-q, --quiet', 'ingen advarsler på stderr')
    .action(async (previous: string, current: string, opts: Record<string, unknown>) => {
      const { runCompare } = await import('./compare-command.js');
      exitCode = await runCompare(previous, current, opts);
    });

  program
    .command('history')
    .description('prognosens træfsikkerhed: forventet regnskab som hver arkiveret måned så det, og fejlen mod årets sidste kørsel')
    .argument('<arkiv>', 'mappen som forecast --archive skriver i')
    .option('--year <åååå>', 'budgetår (standard: det seneste år i arkivet)')
    .option('--json', 'skriv kun JSON til stdout')
    .option('--out <fil.xlsx>', 'skriv regnearket med arket Historik')
    .option('-q, --quiet', 'ingen noter på stderr')
    .action(async (archive: string, opts: Record<string, unknown>) => {
      const { runHistory } = await import('./history-command.js');
      exitCode = await runHistory(archive, opts);
    });

  program
    .command('init')
    .description('opret et tomt projekt med alle tabeller, overskrifter og et eksempel pr. tabel')
    .argument('<mappe>', 'mappen projektet skrives i (oprettes om nødvendigt; intet overskrives)')
    .option('--xlsx', `én projektmappe model.xlsx med et ark pr. tabel og et "Om"-ark, i stedet for CSV-filer`)
    .action(async (folder: string, opts: { xlsx?: boolean }) => {
      // init writes templates with exceljs, which takes about half a second to load: loaded only here.
      const { runInit } = await import('./init-command.js');
      exitCode = await runInit(folder, { xlsx: opts.xlsx === true });
    });

  program
    .command('validate')
    .description('tjek input og list alle problemer (fil, linje, kolonne, rettelse); skriver intet')
    .argument('<input>', 'mappe med input eller en projektmappe (.xlsx), som til forecast')
    .option('--year <åååå>', 'budgetår (standard: --as-of\'s år, ellers indeværende år)')
    .option('--as-of <åååå-mm>', 'sidste lukkede måned (standard: seneste måned i årets forbrug)')
    .option('--years <n>', 'antal år: budgetåret og op til tre overslagsår, 1-4 (standard: 1)')
    .option('--json', 'skriv problemerne som JSON til stdout')
    .option('--strict', 'advarsler tæller som fejl (exit-kode 2)')
    .option('--long-case-years <år>', 'undringssager: sager uden stopdato, der er ældre end så mange år, noteres (standard 3)')
    .action(async (input: string, opts: Record<string, unknown>) => {
      const { runValidate } = await import('./validate-command.js');
      exitCode = await runValidate(input, opts);
    });

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    const { colour } = await import('../render/colour.js');
    if (err instanceof InputError) {
      const { reportProblems } = await import('./report.js');
      reportProblems(err.problems, { quiet: false });
      writeErr(colour.red(`prognose: ${err.problems.filter((p) => p.severity === 'error').length} fejl i input; intet er skrevet.\n`));
      return 2;
    }
    if (err instanceof UsageError) {
      writeErr(colour.red(`prognose: ${err.message}\n`));
      return 2;
    }
    // A fault of the file system (a disk full, no access, a name too long): one line naming the path.
    const { ioErrorLine } = await import('./io-error.js');
    const io = ioErrorLine(err);
    if (io !== undefined) {
      writeErr(colour.red(`prognose: ${io}\n`));
      return 2;
    }
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    writeErr(colour.red(`prognose: intern fejl: ${message}\n`));
    return 1;
  }
}
