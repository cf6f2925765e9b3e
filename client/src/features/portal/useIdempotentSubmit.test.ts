import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, renderHook } from '@testing-library/react';
import { newIdempotencyKey, useIdempotentSubmit } from './useIdempotentSubmit';

function setup(retries = 2) {
  let made = 0;
  const newKey = () => `key-${(made += 1)}`;
  return renderHook(() => useIdempotentSubmit({ retries, retryDelayMs: 0, newKey }));
}

const networkError = () => new TypeError('Failed to fetch');
const graphQLError = (code: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'No', extensions: { code } }] });

describe('useIdempotentSubmit', () => {
  it('sends once when Submit is pressed twice before the first answer', async () => {
    const { result } = setup();
    let release: (value: string) => void = () => undefined;
    const send = jest.fn(() => new Promise<string>((resolve) => (release = resolve)));
    let first: Promise<string | null> = Promise.resolve(null);
    let second: Promise<string | null> = Promise.resolve(null);
    act(() => {
      first = result.current.submit('answers-a', send);
      second = result.current.submit('answers-a', send);
    });
    expect(await second).toBeNull();
    expect(result.current.submitting).toBe(true);
    await act(async () => release('submitted'));
    expect(await first).toBe('submitted');
    expect(send).toHaveBeenCalledTimes(1);
    expect(result.current.submitting).toBe(false);
  });

  it('retries a network failure with the same key', async () => {
    const { result } = setup();
    const send = jest
      .fn<Promise<string>, [string]>()
      .mockRejectedValueOnce(networkError())
      .mockResolvedValueOnce('submitted');
    await act(async () => {
      await expect(result.current.submit('answers-a', send)).resolves.toBe('submitted');
    });
    expect(send.mock.calls).toEqual([['key-1'], ['key-1']]);
  });

  it('keeps the key for a manual retry of the same answers, and makes a new one for new answers', async () => {
    const { result } = setup(0);
    const send = jest.fn<Promise<string>, [string]>().mockRejectedValue(networkError());
    await act(async () => {
      await expect(result.current.submit('answers-a', send)).rejects.toThrow('Failed to fetch');
      await expect(result.current.submit('answers-a', send)).rejects.toThrow('Failed to fetch');
      await expect(result.current.submit('answers-b', send)).rejects.toThrow('Failed to fetch');
    });
    expect(send.mock.calls).toEqual([['key-1'], ['key-1'], ['key-2']]);
  });

  it('does not retry what the server refused, and starts over after a success', async () => {
    const { result } = setup();
    const refused = jest.fn().mockRejectedValue(graphQLError('BAD_USER_INPUT'));
    await act(async () => {
      await expect(result.current.submit('answers-a', refused)).rejects.toThrow();
    });
    expect(refused).toHaveBeenCalledTimes(1);
    const send = jest.fn().mockResolvedValue('submitted');
    await act(async () => {
      await result.current.submit('answers-a', send);
      await result.current.submit('answers-a', send);
    });
    expect(send.mock.calls).toEqual([['key-1'], ['key-2']]);
  });

  it('retries while the database is briefly unavailable', async () => {
    const { result } = setup();
    const send = jest
      .fn<Promise<string>, [string]>()
      .mockRejectedValueOnce(graphQLError('UNAVAILABLE'))
      .mockResolvedValueOnce('submitted');
    await act(async () => {
      await result.current.submit('answers-a', send);
    });
    expect(send.mock.calls).toEqual([['key-1'], ['key-1']]);
  });
});

describe('newIdempotencyKey', () => {
  it('makes keys the server accepts, different each time', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
