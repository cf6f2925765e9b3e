import { BUILDING_STEP_LABELS, BuildingStep, Dimension, DIMENSION_LABELS } from '@tandem/shared';
import type {
  BuildingStep as ApiBuildingStep,
  Dimension as ApiDimension,
  ExerciseMode,
} from '../../graphql/generated/graphql';

/** How the modes read to a client, who answers either on their own or with their partner. */
export const MODE_LABELS: Record<ExerciseMode, string> = {
  INDIVIDUAL: 'On your own',
  JOINT: 'Together',
};

export const stepLabel = (step: ApiBuildingStep) => BUILDING_STEP_LABELS[BuildingStep[step]];

export const dimensionLabel = (dimension: ApiDimension) => DIMENSION_LABELS[Dimension[dimension]];

export const minutesLabel = (minutes: number) => `${minutes} min`;
