import type { ReceiptStore, StoredReceipt } from './store';

/**
 * Group commit: receipts that arrive while a commit is running are written
 * together in the next one. Each caller's promise resolves only after the
 * transaction holding its receipt committed, so a 204 always means "on disk",
 * at the cost of one commit (one fsync) per batch instead of per receipt.
 *
 * @example
 * const write = createBatcher(store);
 * await write(receipt); // committed
 */
export function createBatcher(store: ReceiptStore, { maxBatch = 500 } = {}): (receipt: StoredReceipt) => Promise<void> {
  let queue: Array<{ receipt: StoredReceipt; done: () => void; failed: (error: unknown) => void }> = [];
  let running = false;

  const flush = async () => {
    running = true;
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        await store.append(batch.map((item) => item.receipt));
        for (const item of batch) item.done();
      } catch (error) {
        for (const item of batch) item.failed(error);
      }
    }
    running = false;
  };

  return (receipt) =>
    new Promise<void>((done, failed) => {
      queue.push({ receipt, done, failed });
      // Start on the next turn: requests parsed in this turn join the same transaction.
      if (!running) {
        running = true;
        setTimeout(() => void flush(), 0);
      }
    });
}
