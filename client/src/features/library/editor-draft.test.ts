import { exerciseContentProblems, PromptKind } from '@tandem/shared';
import type { ExerciseContentFieldsFragment } from '../../graphql/generated/graphql';
import { contentFromDraft, draftFromExercise, emptyDraft, moved, newPrompt } from './editor-draft';

const EXERCISE: ExerciseContentFieldsFragment = {
  versionId: 'v1',
  title: 'Knowing what I need',
  buildingStep: 'KNOW_YOURSELF',
  dimension: 'COMMUNICATION',
  estimatedMinutes: 20,
  mode: 'INDIVIDUAL',
  rationale: 'Why.',
  instructions: 'How.',
  prompts: [
    {
      key: 'need',
      kind: 'TEXT',
      label: 'What do you need?',
      help: null,
      required: true,
      maxLength: 1000,
      min: null,
      max: null,
      minLabel: null,
      maxLabel: null,
      options: null,
    },
    {
      key: 'areas',
      kind: 'CHECKLIST',
      label: 'Which areas?',
      help: 'Any that apply.',
      required: true,
      maxLength: null,
      min: null,
      max: null,
      minLabel: null,
      maxLabel: null,
      options: [
        { key: 'work', label: 'Work' },
        { key: 'rest', label: 'Rest' },
      ],
    },
  ],
};

describe('the exercise editor draft', () => {
  it('keeps existing keys on edit and generates de-duplicated keys for new items', () => {
    const draft = draftFromExercise(EXERCISE, { copy: false });
    const added = { ...newPrompt(), label: 'What do you need' };
    draft.prompts[0].label = 'Relabelled';
    draft.prompts[1].options.push({ uid: 'x', key: null, label: 'Work' });
    draft.prompts.push(added);
    const content = contentFromDraft(draft);
    expect(content.prompts.map((p) => p.key)).toEqual(['need', 'areas', 'what-do-you-need']);
    expect(content.prompts[1].options?.map((o) => o.key)).toEqual(['work', 'rest', 'work-2']);
    expect(exerciseContentProblems(content)).toEqual([]);
  });

  it('prefills a copy with the title marked as a copy', () => {
    const draft = draftFromExercise(EXERCISE, { copy: true });
    expect(draft.title).toBe('Knowing what I need (copy)');
    expect(draft.prompts[1].help).toBe('Any that apply.');
  });

  it("sends only the chosen kind's fields", () => {
    const draft = draftFromExercise(EXERCISE, { copy: false });
    draft.prompts[0] = { ...draft.prompts[0], kind: PromptKind.SCALE, minLabel: 'Low' };
    const [scale] = contentFromDraft(draft).prompts;
    expect(scale).toEqual(
      expect.objectContaining({ kind: 'SCALE', min: 0, max: 10, minLabel: 'Low', maxLabel: '' }),
    );
    expect(scale).not.toHaveProperty('options');
    expect(scale.maxLength).toBeUndefined();
  });

  it('leaves unchosen fields for the shared rules to report at their paths', () => {
    const draft = { ...emptyDraft(), estimatedMinutes: '' as const };
    const paths = exerciseContentProblems(contentFromDraft(draft)).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'buildingStep',
        'dimension',
        'estimatedMinutes',
        'prompts.0.label',
      ]),
    );
  });

  it('moves an item and leaves the ends alone', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
