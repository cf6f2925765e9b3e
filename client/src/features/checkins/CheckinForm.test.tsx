import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Observable } from 'rxjs';
import { CheckinForm, type CheckinDetail } from './CheckinForm';

const LABELS = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
];

const CHECKIN: CheckinDetail = {
  id: 'k1',
  form: 'PULSE',
  dueAt: '2027-03-12T20:00:00.000Z',
  status: 'NOT_STARTED',
  submittedAt: null,
  updatedAt: null,
  items: [
    { key: 'com-1', text: 'I can tell my partner what I need.', dimension: 'COMMUNICATION' },
    { key: 'equ-1', text: 'We each have an equal say.', dimension: 'EQUALITY' },
    { key: 'gro-1', text: 'My partner encourages me to grow.', dimension: 'GROWTH' },
  ],
  safetyItems: [
    { key: 'safe-afraid', text: 'I feel afraid of my partner.' },
    { key: 'safe-hurt', text: 'My partner has hurt me on purpose.' },
  ],
  scale: { min: 1, max: 5, labels: LABELS },
  answers: [],
};

type Sent = { operationName: string; variables: Record<string, unknown> };

/** A client whose link records each operation and answers it at once. */
function setup(checkin: CheckinDetail = CHECKIN) {
  const sent: Sent[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const { operationName = '', variables } = operation;
        sent.push({ operationName, variables });
        const detail = {
          __typename: 'CheckinDetail',
          id: checkin.id,
          status: operationName === 'SubmitCheckin' ? 'SUBMITTED' : 'DRAFT',
          submittedAt: operationName === 'SubmitCheckin' ? '2027-03-10T10:00:00.000Z' : null,
          updatedAt: '2027-03-10T10:00:00.000Z',
        };
        observer.next({
          data:
            operationName === 'SubmitCheckin'
              ? { submitCheckin: detail }
              : { saveCheckinDraft: detail },
        });
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const onSubmitted = jest.fn();
  const onChanged = jest.fn();
  render(
    <ApolloProvider client={client}>
      <MantineProvider>
        <CheckinForm checkin={checkin} onChanged={onChanged} onSubmitted={onSubmitted} />
      </MantineProvider>
    </ApolloProvider>,
  );
  return { sent, onSubmitted, onChanged };
}

const group = (name: string) => screen.getByRole('radiogroup', { name: new RegExp(name) });

describe('CheckinForm', () => {
  it('renders each statement as a radio group with the scale labels as its options', () => {
    setup();
    for (const item of CHECKIN.items) {
      const radios = within(group(item.text)).getAllByRole('radio');
      expect(radios.map((radio) => radio.textContent)).toEqual(LABELS);
      expect(radios.every((radio) => radio.getAttribute('aria-checked') === 'false')).toBe(true);
    }
    expect(screen.getByText('0 of 5 answered')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit check-in' })).toBeDisabled();
  });

  it('asks the safety statements last, in a section of their own that says who reads them', () => {
    setup();
    const section = screen.getByRole('region', { name: 'Your safety' });
    expect(section).toHaveTextContent(
      'Your answers to them go only to your care team, never to your partner.',
    );
    expect(section).toHaveTextContent(
      'If you are in danger right now, call your local emergency number.',
    );
    const groups = within(section).getAllByRole('radiogroup');
    expect(groups).toEqual([group('afraid of my partner'), group('hurt me on purpose')]);
    for (const entry of groups) {
      expect(
        within(entry)
          .getAllByRole('radio')
          .map((radio) => radio.textContent),
      ).toEqual(LABELS);
    }
    // The scored statements are not in it, and it comes after them.
    expect(within(section).queryByRole('radiogroup', { name: /equal say/ })).toBeNull();
    const all = screen.getAllByRole('radiogroup');
    expect(all.slice(3)).toEqual(groups);
    expect(screen.getByText('4 of 5')).toBeInTheDocument();
    expect(screen.getByText('5 of 5')).toBeInTheDocument();
  });

  it('shows no safety section for a check-in without safety statements', () => {
    setup({ ...CHECKIN, safetyItems: [] });
    expect(screen.queryByRole('region', { name: 'Your safety' })).toBeNull();
    expect(screen.getByText('0 of 3 answered')).toBeInTheDocument();
  });

  it('starts from a saved draft', () => {
    setup({
      ...CHECKIN,
      answers: [
        { itemKey: 'equ-1', value: 4 },
        { itemKey: 'safe-hurt', value: 1 },
      ],
    });
    expect(within(group('equal say')).getByRole('radio', { name: 'Agree' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(
      within(group('hurt me on purpose')).getByRole('radio', { name: 'Strongly disagree' }),
    ).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('2 of 5 answered')).toBeInTheDocument();
  });

  it('lets the keyboard move along a statement’s options and choose one', () => {
    setup();
    const statement = group('tell my partner');
    const first = within(statement).getByRole('radio', { name: 'Strongly disagree' });
    // One stop per statement in the tab order: the first option until one is chosen.
    expect(first).toHaveAttribute('tabindex', '0');
    expect(within(statement).getByRole('radio', { name: 'Agree' })).toHaveAttribute(
      'tabindex',
      '-1',
    );
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown', code: 'ArrowDown' });
    const second = within(statement).getByRole('radio', { name: 'Disagree' });
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('aria-checked', 'true');
    expect(second).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(second, { key: 'ArrowRight', code: 'ArrowRight' });
    const third = within(statement).getByRole('radio', { name: 'Neither agree nor disagree' });
    expect(third).toHaveAttribute('aria-checked', 'true');
    fireEvent.keyDown(third, { key: 'ArrowUp', code: 'ArrowUp' });
    expect(second).toHaveAttribute('aria-checked', 'true');
    // Other statements are untouched.
    expect(
      within(group('equal say'))
        .getAllByRole('radio')
        .every((radio) => radio.getAttribute('aria-checked') === 'false'),
    ).toBe(true);
    expect(screen.getByText('1 of 5 answered')).toBeInTheDocument();
  });

  it('lets the keyboard answer a safety statement like any other', () => {
    setup();
    const statement = group('afraid of my partner');
    const first = within(statement).getByRole('radio', { name: 'Strongly disagree' });
    expect(first).toHaveAttribute('tabindex', '0');
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown', code: 'ArrowDown' });
    const second = within(statement).getByRole('radio', { name: 'Disagree' });
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('1 of 5 answered')).toBeInTheDocument();
  });

  it('saves a draft after a pause, then submits all answers once with an idempotency key', async () => {
    jest.useFakeTimers();
    try {
      const { sent, onSubmitted } = setup();
      fireEvent.click(within(group('tell my partner')).getByRole('radio', { name: 'Agree' }));
      fireEvent.click(
        within(group('hurt me on purpose')).getByRole('radio', {
          name: 'Neither agree nor disagree',
        }),
      );
      fireEvent.click(within(group('equal say')).getByRole('radio', { name: 'Strongly agree' }));
      await act(async () => {
        await jest.advanceTimersByTimeAsync(1_000);
      });
      expect(sent).toEqual([
        {
          operationName: 'SaveCheckinDraft',
          variables: {
            input: {
              checkinId: 'k1',
              // In the order asked, safety answers last: saved with the draft like the others.
              answers: [
                { itemKey: 'com-1', value: 4 },
                { itemKey: 'equ-1', value: 5 },
                { itemKey: 'safe-hurt', value: 3 },
              ],
            },
          },
        },
      ]);
      const submit = screen.getByRole('button', { name: 'Submit check-in' });
      expect(submit).toBeDisabled();
      fireEvent.click(within(group('encourages me')).getByRole('radio', { name: 'Disagree' }));
      expect(screen.getByText('4 of 5 answered')).toBeInTheDocument();
      // Every scored statement is answered, but the safety ones are required like the others.
      expect(submit).toBeDisabled();
      fireEvent.click(
        within(group('afraid of my partner')).getByRole('radio', { name: 'Strongly disagree' }),
      );
      expect(screen.getByText('5 of 5 answered')).toBeInTheDocument();
      expect(submit).toBeEnabled();
      await act(async () => {
        fireEvent.click(submit);
        await jest.advanceTimersByTimeAsync(0);
      });
      await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1));
      const submits = sent.filter((entry) => entry.operationName === 'SubmitCheckin');
      expect(submits).toHaveLength(1);
      expect(submits[0].variables.input).toEqual({
        checkinId: 'k1',
        answers: [
          { itemKey: 'com-1', value: 4 },
          { itemKey: 'equ-1', value: 5 },
          { itemKey: 'gro-1', value: 2 },
          { itemKey: 'safe-afraid', value: 1 },
          { itemKey: 'safe-hurt', value: 3 },
        ],
        idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) as string,
      });
      // The draft of the last answer is not sent once the submission is under way.
      await act(async () => {
        await jest.advanceTimersByTimeAsync(2_000);
      });
      expect(sent.filter((entry) => entry.operationName === 'SaveCheckinDraft')).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
