/**
 * The clinical vocabulary every part of Tandem shares (docs/clinical-model.md).
 * Keys match values: GraphQL exposes enum keys as names.
 */

/** The eight ways to build interdependence; they classify exercises. */
export enum BuildingStep {
  KNOW_YOURSELF = 'KNOW_YOURSELF',
  BE_HONEST = 'BE_HONEST',
  SUPPORT_GOALS = 'SUPPORT_GOALS',
  STAY_IN_SYNC = 'STAY_IN_SYNC',
  CULTIVATE_OTHER_RELATIONSHIPS = 'CULTIVATE_OTHER_RELATIONSHIPS',
  SHARE_VULNERABILITIES = 'SHARE_VULNERABILITIES',
  KEEP_WORKING = 'KEEP_WORKING',
  SAY_NO_WITHOUT_FEAR = 'SAY_NO_WITHOUT_FEAR',
}

/**
 * What the check-in measures, each scored 0–100. The first five are the characteristics of an
 * interdependent relationship (their mean is the interdependence index); codependence risk
 * is scored so that higher is worse.
 */
export enum Dimension {
  COMMUNICATION = 'COMMUNICATION',
  EQUALITY = 'EQUALITY',
  GROWTH = 'GROWTH',
  COMMITMENT = 'COMMITMENT',
  PERSONAL_SPACE = 'PERSONAL_SPACE',
  CODEPENDENCE_RISK = 'CODEPENDENCE_RISK',
}

export const POSITIVE_DIMENSIONS: readonly Dimension[] = [
  Dimension.COMMUNICATION,
  Dimension.EQUALITY,
  Dimension.GROWTH,
  Dimension.COMMITMENT,
  Dimension.PERSONAL_SPACE,
];

export const BUILDING_STEP_LABELS: Record<BuildingStep, string> = {
  KNOW_YOURSELF: 'Know yourself',
  BE_HONEST: 'Be honest',
  SUPPORT_GOALS: "Support each other's goals",
  STAY_IN_SYNC: "Stay in sync with each other's needs",
  CULTIVATE_OTHER_RELATIONSHIPS: 'Cultivate other relationships',
  SHARE_VULNERABILITIES: 'Share worries and vulnerabilities',
  KEEP_WORKING: 'Keep working on the relationship',
  SAY_NO_WITHOUT_FEAR: 'Say no without fear',
};

export const DIMENSION_LABELS: Record<Dimension, string> = {
  COMMUNICATION: 'Communication',
  EQUALITY: 'Equality',
  GROWTH: 'Growth',
  COMMITMENT: 'Commitment',
  PERSONAL_SPACE: 'Personal space',
  CODEPENDENCE_RISK: 'Codependence risk',
};
