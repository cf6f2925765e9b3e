/**
 * The events of `source` that `keep` accepts, until `end(error)`: then the pending (or next)
 * read fails with `error`, which graphql-ws sends as the subscription's last message. A
 * client's own stop (`return`) ends it at once, without waiting for another event. Each event
 * waits for `settled()`: a check of access started before the event arrived decides first
 * whether it is kept, and whether the stream goes on at all.
 */
export class WatchedStream<T> implements AsyncIterableIterator<T> {
  private failure?: Error;
  private abort?: (error: Error) => void;
  private closed = false;

  constructor(
    private readonly source: AsyncIterableIterator<T>,
    private readonly keep: (item: T) => boolean,
    private readonly onClose: () => void,
    private readonly settled: () => Promise<void>,
  ) {}

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.failure) throw await this.fail();
      // A promise per read, so that no reaction piles up on a long-lived one.
      const aborted = new Promise<never>((_, reject) => (this.abort = reject));
      let result: IteratorResult<T>;
      try {
        result = await Promise.race([this.source.next(), aborted]);
      } catch (error) {
        throw await this.fail(error as Error);
      } finally {
        this.abort = undefined;
      }
      if (result.done) {
        await this.close();
        return result;
      }
      await this.settled();
      if (this.failure) throw await this.fail();
      if (this.keep(result.value)) return result;
    }
  }

  async return(): Promise<IteratorResult<T>> {
    await this.close();
    return { done: true, value: undefined };
  }

  /** Ends the stream with `error`. */
  end(error: Error): void {
    if (this.closed || this.failure) return;
    this.failure = error;
    this.abort?.(error);
  }

  private async fail(error = this.failure as Error): Promise<Error> {
    await this.close();
    return error;
  }

  private async close() {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    await this.source.return?.();
  }
}
