#!/usr/bin/env node
// Fallback for scripts/bench.mjs when /usr/bin/time is absent: runs the CLI in this process and
// reports its peak RSS (process.resourceUsage().maxRSS, kB) on stderr when it exits.
//   node scripts/bench-child.mjs bin/prognose.js forecast DIR --json
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...rest];
process.on('exit', () => process.stderr.write(`bench-child maxRSS ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(script)).href);
