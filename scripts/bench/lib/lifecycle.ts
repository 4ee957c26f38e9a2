// Start-to-exit handling for benchmark scripts: whatever a run sets up (database server, scratch
// database, app server) it registers here, and it is undone in reverse order when the run ends, fails
// or is interrupted (Ctrl-C, SIGTERM): the app first, then the database, then the server.
import { onTerminationSignal, signalExitCode, stopChildren } from "../../lib/process";

type Step = { label: string; undo: () => Promise<void> };

export class Cleanup {
  private readonly steps: Step[] = [];

  /** `label` completes "could not ..." if undoing fails. */
  add(label: string, undo: () => Promise<void>): void {
    this.steps.push({ label, undo });
  }

  async run(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step.undo();
      } catch (error) {
        console.error(`could not ${step.label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

/**
 * Runs `main`, then cleans up and exits: 0 when it succeeded, 1 when it threw (the message printed),
 * 128 + n on a signal. Children started through scripts/lib/process.ts (builds, seeds) are stopped too.
 */
export function runBenchmark(main: (cleanup: Cleanup) => Promise<void>): void {
  const cleanup = new Cleanup();
  let finishing: Promise<never> | undefined;
  const finish = (code: number): Promise<never> => {
    finishing ??= (async () => {
      await stopChildren();
      await cleanup.run();
      process.exit(code);
    })();
    return finishing;
  };
  onTerminationSignal((signal) => {
    console.log(`\n${signal}: stopping and cleaning up`);
    return finish(signalExitCode(signal));
  });
  main(cleanup).then(
    () => finish(0),
    (error: unknown) => {
      // After a signal the failures of the interrupted step are expected; the signal's exit code wins.
      if (!finishing) console.error(`\n${error instanceof Error ? error.message : String(error)}`);
      return finish(1);
    },
  );
}
