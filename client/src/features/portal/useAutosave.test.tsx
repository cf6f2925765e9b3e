import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook } from '@testing-library/react';
import type { Answer } from '@tandem/shared';
import type { ReactNode } from 'react';
import { Observable, type Subscriber } from 'rxjs';
import { AUTOSAVE_DELAY_MS, useAutosave } from './useAutosave';

type Reply = (observer: Subscriber<ApolloLink.Result>) => void;

const saved = (at: string) => (observer: Subscriber<ApolloLink.Result>) => {
  observer.next({
    data: {
      saveDraft: {
        __typename: 'Submission',
        id: 's1',
        status: 'DRAFT',
        sharing: 'PRIVATE',
        clientId: 'c1',
        submittedAt: null,
        updatedAt: at,
        answers: [],
        comments: [],
      },
    },
  });
  observer.complete();
};
const networkDown: Reply = (observer) => observer.error(new TypeError('Failed to fetch'));
const refused: Reply = (observer) => {
  observer.next({ errors: [{ message: 'Closed.', extensions: { code: 'CONFLICT' } }] });
  observer.complete();
};

/** A client whose link records each saveDraft and answers when the test says so. */
function setup() {
  const sent: Answer[][] = [];
  const waiting: Array<Subscriber<ApolloLink.Result>> = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push((operation.variables as { input: { answers: Answer[] } }).input.answers);
        waiting.push(observer);
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApolloProvider client={client}>{children}</ApolloProvider>
  );
  const onRefused = jest.fn();
  const hook = renderHook(() => useAutosave('todo-1', null, onRefused), { wrapper });
  const answer = async (reply: Reply) => {
    await act(async () => reply(waiting.shift()!));
  };
  const wait = async (ms: number) => {
    await act(async () => {
      await jest.advanceTimersByTimeAsync(ms);
    });
  };
  return { hook, sent, answer, wait, onRefused };
}

const text = (value: string): Answer[] => [{ promptKey: 'story', text: value }];

describe('useAutosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves once, after a pause in typing, with the latest answers', async () => {
    const { hook, sent, answer, wait } = setup();
    act(() => hook.result.current.change(text('W')));
    await wait(300);
    act(() => hook.result.current.change(text('We')));
    await wait(AUTOSAVE_DELAY_MS - 1);
    expect(sent).toHaveLength(0);
    await wait(1);
    expect(sent).toEqual([text('We')]);
    expect(hook.result.current.status).toEqual({ state: 'saving' });
    await answer(saved('2026-12-09T10:00:00.000Z'));
    expect(hook.result.current.status).toEqual({ state: 'saved', at: '2026-12-09T10:00:00.000Z' });
  });

  it('sends one save at a time, then the answers typed meanwhile', async () => {
    const { hook, sent, answer, wait } = setup();
    act(() => hook.result.current.change(text('one')));
    await wait(AUTOSAVE_DELAY_MS);
    act(() => hook.result.current.change(text('one two')));
    await wait(AUTOSAVE_DELAY_MS * 2);
    expect(sent).toHaveLength(1);
    await answer(saved('2026-12-09T10:00:00.000Z'));
    await wait(0);
    expect(sent).toEqual([text('one'), text('one two')]);
  });

  it('keeps retrying the same answers while the network is down', async () => {
    const { hook, sent, answer, wait } = setup();
    act(() => hook.result.current.change(text('kept')));
    await wait(AUTOSAVE_DELAY_MS);
    await answer(networkDown);
    expect(hook.result.current.status).toEqual({ state: 'retrying' });
    await wait(2_000);
    expect(sent).toEqual([text('kept'), text('kept')]);
    await answer(saved('2026-12-09T10:00:00.000Z'));
    expect(hook.result.current.status.state).toBe('saved');
  });

  it('stops when the server takes no more drafts, and says so', async () => {
    const { hook, sent, answer, wait, onRefused } = setup();
    act(() => hook.result.current.change(text('late')));
    await wait(AUTOSAVE_DELAY_MS);
    await answer(refused);
    expect(onRefused).toHaveBeenCalledTimes(1);
    expect(hook.result.current.status.state).toBe('failed');
    act(() => hook.result.current.change(text('later')));
    await wait(AUTOSAVE_DELAY_MS * 2);
    expect(sent).toHaveLength(1);
  });

  it('holds back while paused (a submission is under way) and saves after resuming', async () => {
    const { hook, sent, wait } = setup();
    act(() => hook.result.current.change(text('draft')));
    act(() => hook.result.current.pause());
    await wait(AUTOSAVE_DELAY_MS * 2);
    expect(sent).toHaveLength(0);
    act(() => hook.result.current.resume());
    await wait(AUTOSAVE_DELAY_MS);
    expect(sent).toEqual([text('draft')]);
  });
});
