import { describe, expect, it } from 'vitest';
import { readAtMost } from '../../../lib/exchange/read-at-most';

/** A file whose stream hands out `chunks` one by one and counts how many were asked for. */
function chunked(chunks: Uint8Array[]) {
  let pulled = 0;
  const file = {
    stream: () => new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks[pulled++];
        if (next) controller.enqueue(next);
        else controller.close();
      },
    }),
  } as unknown as Blob;
  return { file, pulled: () => pulled };
}

describe('readAtMost', () => {
  it('gives a file’s bytes when it is within the limit, however the stream cuts them', async () => {
    expect(await readAtMost(new Blob(['{"drafts":[]}']), 100)).toEqual(new TextEncoder().encode('{"drafts":[]}'));
    const { file } = chunked([new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])]);
    expect(await readAtMost(file, 6)).toEqual(new Uint8Array([1, 2, 3, 4, 5, 6]));
    expect(await readAtMost(new Blob([]), 0)).toEqual(new Uint8Array(0));
  });

  it('stops reading as soon as the file is over the limit', async () => {
    const { file, pulled } = chunked(Array.from({ length: 100 }, () => new Uint8Array(10)));
    expect(await readAtMost(file, 25)).toBeUndefined();
    expect(pulled()).toBeLessThan(6);
    expect(await readAtMost(new Blob(['1234567']), 6)).toBeUndefined();
  });
});
