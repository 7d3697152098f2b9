/**
 * Private: the library's version, in one place (test/cli/cli.test.ts keeps it equal to
 * package.json's). The CLI prints it; the report page shows it so that a printed page can be
 * traced to the code that made it.
 */
export const VERSION = "0.1.0";
