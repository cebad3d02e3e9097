/** sysexits.h EX_CONFIG: the process cannot run with the configuration it was given. */
export const EX_CONFIG = 78;

export interface ConfigProblem {
  variable: string;
  problem: string;
}

/**
 * Lists every bad variable at once, so one start-up attempt shows all that needs fixing. Values are
 * never repeated in the message: a mistyped secret must not end up in a terminal or a log.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    const lines = problems.map(({ variable, problem }) => `  ${variable}: ${problem}`);
    super(`Invalid configuration (fix these environment variables):\n${lines.join('\n')}`);
    this.problems = problems;
  }
}
