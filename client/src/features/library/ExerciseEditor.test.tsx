import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ExerciseContent } from '@tandem/shared';
import type { ExerciseContentFieldsFragment } from '../../graphql/generated/graphql';
import { draftFromExercise, emptyDraft } from './editor-draft';
import { ExerciseEditor } from './ExerciseEditor';

const EXERCISE: ExerciseContentFieldsFragment = {
  versionId: 'v1',
  title: 'Evening walk',
  buildingStep: 'KEEP_WORKING',
  dimension: 'COMMUNICATION',
  estimatedMinutes: 20,
  mode: 'JOINT',
  rationale: 'Walking side by side makes talking easier.',
  instructions: 'Walk for twenty minutes.',
  prompts: [
    {
      key: 'topic',
      kind: 'TEXT',
      label: 'What did you talk about?',
      help: null,
      required: true,
      maxLength: null,
      min: null,
      max: null,
      minLabel: null,
      maxLabel: null,
      options: null,
    },
  ],
};

const renderEditor = (props: Partial<Parameters<typeof ExerciseEditor>[0]> = {}) => {
  const onSave = jest.fn<Promise<unknown>, [ExerciseContent]>().mockResolvedValue(undefined);
  render(
    <MantineProvider>
      <ExerciseEditor
        initial={emptyDraft()}
        saveLabel="Save exercise"
        onSave={onSave}
        onCancel={() => undefined}
        {...props}
      />
    </MantineProvider>,
  );
  return onSave;
};

describe('ExerciseEditor', () => {
  it('checks the content with the shared rules and shows each problem at its field', async () => {
    const onSave = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Save exercise' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This exercise cannot be saved yet');
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveAccessibleDescription(
      'The title is required.',
    );
    const question = within(screen.getByRole('group', { name: 'Question 1' }));
    expect(question.getByRole('textbox', { name: /^Question/ })).toBeInvalid();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends generated keys for new options, and shows the server’s field problems', async () => {
    const onSave = jest.fn<Promise<unknown>, [ExerciseContent]>().mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'This exercise cannot be saved. The question is too vague.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { 'prompts.0.label': ['The question is too vague.'] },
            },
          },
        ],
      }),
    );
    renderEditor({ initial: draftFromExercise(EXERCISE, { copy: false }), onSave });
    const question = within(screen.getByRole('group', { name: 'Question 1' }));
    fireEvent.change(question.getByLabelText('Kind of answer'), { target: { value: 'CHOICE' } });
    fireEvent.change(question.getByRole('textbox', { name: 'Option 1 of question 1' }), {
      target: { value: 'Work & money' },
    });
    fireEvent.change(question.getByRole('textbox', { name: 'Option 2 of question 1' }), {
      target: { value: 'Work & money' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save exercise' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0][0].prompts[0]).toEqual(
      expect.objectContaining({
        key: 'topic',
        kind: 'CHOICE',
        options: [
          { key: 'work-money', label: 'Work & money' },
          { key: 'work-money-2', label: 'Work & money' },
        ],
      }),
    );
    expect(await screen.findByText('The exercise was not saved')).toBeInTheDocument();
    expect(question.getByRole('textbox', { name: /^Question/ })).toHaveAccessibleDescription(
      'The question is too vague.',
    );
  });

  it('explains a conflict and offers the newest version', async () => {
    const onReload = jest.fn();
    renderEditor({
      initial: draftFromExercise(EXERCISE, { copy: false }),
      onReload,
      onSave: jest.fn().mockRejectedValue(
        new CombinedGraphQLErrors({
          errors: [{ message: 'Someone saved a newer version.', extensions: { code: 'CONFLICT' } }],
        }),
      ),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save exercise' }));
    expect(await screen.findByText('Someone saved a newer version')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the newest version' }));
    expect(onReload).toHaveBeenCalled();
  });
});
