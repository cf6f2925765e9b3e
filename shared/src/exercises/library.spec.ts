import { BuildingStep } from '../clinical-model';
import { ExerciseMode, PromptKind } from './exercise-content';
import { BUILT_IN_EXERCISES } from './library';
import { exerciseContentProblems } from './validate-content';

describe('the built-in exercise library', () => {
  it('has at least three exercises for each building step', () => {
    for (const step of Object.values(BuildingStep)) {
      const count = BUILT_IN_EXERCISES.filter((exercise) => exercise.buildingStep === step).length;
      expect({ step, enough: count >= 3 }).toEqual({ step, enough: true });
    }
  });

  it('has unique slugs and titles', () => {
    const slugs = BUILT_IN_EXERCISES.map((exercise) => exercise.slug);
    const titles = BUILT_IN_EXERCISES.map((exercise) => exercise.title);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(titles).size).toBe(titles.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('passes the same content rules as a clinic-custom exercise', () => {
    for (const exercise of BUILT_IN_EXERCISES) {
      expect({ slug: exercise.slug, problems: exerciseContentProblems(exercise) }).toEqual({
        slug: exercise.slug,
        problems: [],
      });
    }
  });

  it('uses both modes and every kind of prompt', () => {
    const modes = new Set(BUILT_IN_EXERCISES.map((exercise) => exercise.mode));
    const kinds = new Set(
      BUILT_IN_EXERCISES.flatMap((exercise) => exercise.prompts.map((prompt) => prompt.kind)),
    );
    expect([...modes].sort()).toEqual(Object.values(ExerciseMode).sort());
    expect([...kinds].sort()).toEqual(Object.values(PromptKind).sort());
  });
});
