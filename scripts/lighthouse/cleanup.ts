/**
 * Everything the run starts (next start, Chrome) is stopped once, whatever happens: at the end of
 * main() (finally) and on Ctrl-C / SIGTERM. Both children run in their own process groups
 * (detached), so a Ctrl-C in the terminal does not reach them: this process must stop them.
 * A resource still starting when the signal arrives is awaited, then stopped.
 */
type Stop = () => Promise<void> | void;

export class Resources {
  private stops: { name: string; stop: Stop }[] = [];
  private pending = new Set<Promise<unknown>>();
  private closing: Promise<void> | undefined;

  /** Awaits `starting`, and registers `stop` for its result before handing it back. */
  async add<T>(name: string, starting: Promise<T>, stop: (value: T) => Promise<void> | void): Promise<T> {
    this.pending.add(starting);
    try {
      const value = await starting;
      this.stops.push({ name, stop: () => stop(value) });
      return value;
    } finally {
      this.pending.delete(starting);
    }
  }

  /** Stops everything in reverse order of start; safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.pending]);
      for (const { name, stop } of this.stops.reverse()) {
        try {
          await stop();
        } catch (error) {
          console.error(`Could not stop ${name}:`, error instanceof Error ? error.message : error);
        }
      }
      this.stops = [];
    })();
    return this.closing;
  }

  /** On SIGINT/SIGTERM: stop everything, then exit 130/143. */
  onSignals(): void {
    for (const [signal, code] of [
      ["SIGINT", 130],
      ["SIGTERM", 143],
    ] as const) {
      process.once(signal, () => {
        console.error(`\n${signal}: stopping the server and Chrome…`);
        void this.close().finally(() => process.exit(code));
      });
    }
  }
}
