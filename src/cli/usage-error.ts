/** A wrong command line: exit code 2 with the message. Exports: UsageError. */
export class UsageError extends Error {}
