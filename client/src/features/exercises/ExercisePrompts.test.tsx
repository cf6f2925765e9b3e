import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { LIMITS, PromptKind, type Answer, type Prompt } from '@tandem/shared';
import { useState } from 'react';
import { ExercisePrompts } from './ExercisePrompts';

const PROMPTS: Prompt[] = [
  { key: 'story', kind: PromptKind.TEXT, label: 'What happened?', required: true, maxLength: 500 },
  {
    key: 'note',
    kind: PromptKind.TEXT,
    label: 'Anything else?',
    help: 'Only if you like.',
    required: false,
  },
  {
    key: 'clarity',
    kind: PromptKind.SCALE,
    label: 'How clear do you feel?',
    required: true,
    min: 0,
    max: 10,
    minLabel: 'Very unsure',
    maxLabel: 'Very clear',
  },
  {
    key: 'areas',
    kind: PromptKind.CHECKLIST,
    label: 'Which areas?',
    required: true,
    options: [
      { key: 'work', label: 'Work' },
      { key: 'rest', label: 'Rest' },
      { key: 'fun', label: 'Fun' },
    ],
  },
  {
    key: 'often',
    kind: PromptKind.CHOICE,
    label: 'How often?',
    required: false,
    options: [
      { key: 'rarely', label: 'Rarely' },
      { key: 'often', label: 'Often' },
    ],
  },
  { key: 'when', kind: PromptKind.PLAN, label: 'When will you talk?', required: true },
];

/** The form with its answers held in state, as a page holds them. */
function Harness(props: { initial?: Answer[]; onChange?: (answers: Answer[]) => void }) {
  const [answers, setAnswers] = useState<Answer[]>(props.initial ?? []);
  return (
    <ExercisePrompts
      prompts={PROMPTS}
      answers={answers}
      onChange={(next) => {
        setAnswers(next);
        props.onChange?.(next);
      }}
      errors={{ areas: 'Choose at least one area.' }}
    />
  );
}

const renderInMantine = (ui: React.ReactElement) => render(<MantineProvider>{ui}</MantineProvider>);
const last = (mock: jest.Mock<void, [Answer[]]>) => mock.mock.calls[mock.mock.calls.length - 1][0];

describe('ExercisePrompts', () => {
  it('renders a labelled control for each kind of prompt', () => {
    renderInMantine(<Harness />);
    expect(screen.getByRole('textbox', { name: /What happened\?/ })).toBeRequired();
    expect(screen.getByRole('textbox', { name: /Anything else\?/ })).not.toBeRequired();
    expect(screen.getByText(/Only if you like\./)).toBeInTheDocument();
    const scale = screen.getByRole('radiogroup', { name: /How clear do you feel\?/ });
    expect(within(scale).getAllByRole('radio')).toHaveLength(11);
    expect(within(scale).getByRole('radio', { name: '0, Very unsure' })).toBeInTheDocument();
    expect(within(scale).getByRole('radio', { name: '10, Very clear' })).toBeInTheDocument();
    const areas = screen.getByRole('group', { name: /Which areas\?/ });
    expect(within(areas).getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByText('Choose at least one area.')).toBeInTheDocument();
    const often = screen.getByRole('radiogroup', { name: /How often\?/ });
    expect(within(often).getByRole('radio', { name: 'Rarely' })).toBeInTheDocument();
    expect(screen.getByLabelText(/When will you talk\?/)).toHaveAttribute('type', 'datetime-local');
  });

  it('counts written characters against the prompt limit, or the default one', () => {
    const onChange = jest.fn<void, [Answer[]]>();
    renderInMantine(<Harness onChange={onChange} />);
    expect(screen.getByText('0 / 500')).toBeInTheDocument();
    expect(screen.getByText(`0 / ${LIMITS.textAnswerDefaultMaxLength}`)).toBeInTheDocument();
    const story = screen.getByRole('textbox', { name: /What happened\?/ });
    expect(story).toHaveAttribute('maxlength', '500');
    fireEvent.change(story, { target: { value: 'We argued' } });
    expect(screen.getByText('9 / 500')).toBeInTheDocument();
    expect(last(onChange)).toEqual([{ promptKey: 'story', text: 'We argued' }]);
  });

  it('lets the keyboard move along a scale and choose a value', () => {
    const onChange = jest.fn<void, [Answer[]]>();
    renderInMantine(<Harness initial={[{ promptKey: 'clarity', value: 3 }]} onChange={onChange} />);
    const scale = screen.getByRole('radiogroup', { name: /How clear do you feel\?/ });
    const three = within(scale).getByRole('radio', { name: '3' });
    // One stop in the tab order: the chosen value.
    expect(three).toHaveAttribute('tabindex', '0');
    expect(within(scale).getByRole('radio', { name: '4' })).toHaveAttribute('tabindex', '-1');
    act(() => three.focus());
    fireEvent.keyDown(three, { key: 'ArrowRight', code: 'ArrowRight' });
    const four = within(scale).getByRole('radio', { name: '4' });
    expect(four).toHaveFocus();
    expect(four).toHaveAttribute('aria-checked', 'true');
    expect(last(onChange)).toEqual([{ promptKey: 'clarity', value: 4 }]);
    fireEvent.keyDown(four, { key: 'ArrowLeft', code: 'ArrowLeft' });
    fireEvent.keyDown(three, { key: 'ArrowLeft', code: 'ArrowLeft' });
    expect(last(onChange)).toEqual([{ promptKey: 'clarity', value: 2 }]);
  });

  it('keeps checklist answers in the order of the options and drops an emptied answer', () => {
    const onChange = jest.fn<void, [Answer[]]>();
    renderInMantine(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fun' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Work' }));
    expect(last(onChange)).toEqual([{ promptKey: 'areas', optionKeys: ['work', 'fun'] }]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fun' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Work' }));
    expect(last(onChange)).toEqual([]);
  });

  it('lets an optional choice be cleared again', () => {
    const onChange = jest.fn<void, [Answer[]]>();
    renderInMantine(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Often' }));
    expect(last(onChange)).toEqual([{ promptKey: 'often', optionKeys: ['often'] }]);
    fireEvent.click(screen.getByRole('button', { name: /Clear answer to “How often\?”/ }));
    expect(last(onChange)).toEqual([]);
  });

  it('stores a planned time as an instant and shows it back in local time', () => {
    const onChange = jest.fn<void, [Answer[]]>();
    renderInMantine(<Harness onChange={onChange} />);
    const when = screen.getByLabelText(/When will you talk\?/);
    fireEvent.change(when, { target: { value: '2026-12-12T18:30' } });
    const [answer] = last(onChange);
    expect(answer.promptKey).toBe('when');
    expect(answer.plannedAt).toBe(new Date('2026-12-12T18:30').toISOString());
    expect(when).toHaveValue('2026-12-12T18:30');
  });

  it('shows answers as text when read-only, and says which are unanswered', () => {
    renderInMantine(
      <ExercisePrompts
        readOnly
        prompts={PROMPTS}
        answers={[
          { promptKey: 'story', text: 'We talked it through.' },
          { promptKey: 'clarity', value: 7 },
          { promptKey: 'areas', optionKeys: ['rest'] },
        ]}
      />,
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText('We talked it through.')).toBeInTheDocument();
    expect(
      screen.getByText(/on a scale from 0 \(Very unsure\) to 10 \(Very clear\)/),
    ).toBeInTheDocument();
    expect(screen.getByText('Rest')).toBeInTheDocument();
    expect(screen.getAllByText('Not answered')).toHaveLength(3);
  });
});
