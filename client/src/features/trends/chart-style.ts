import type { Slot } from './trend-data';

/**
 * How each line is drawn. Partners differ in colour (blue and orange, apart for the common
 * colour-vision deficiencies), dash pattern and marker shape, so colour is never the only
 * carrier; the legend and the table say the same in words.
 */
export const PARTNER_STYLE: Record<
  Slot,
  { color: string; dash?: string; symbol: 'circle' | 'square'; pattern: string }
> = {
  a: { color: '#364fc7', symbol: 'circle', pattern: 'solid line, round markers' },
  b: { color: '#d9480f', dash: '7 4', symbol: 'square', pattern: 'dashed line, square markers' },
};

export const MEAN_STYLE = { color: '#495057', dash: '2 3' };
export const CLINICAL_BAND = { fill: '#ffe3e3', label: '#862e2e', line: '#c92a2a' };
export const EVENT_STYLE = { color: '#7950f2', dash: '1 4' };
/** Where a new instrument version begins. */
export const VERSION_STYLE = { color: '#868e96', label: '#343a40' };
export const GAP_STYLE = {
  index: { color: '#5f3dc4', symbol: 'circle' as const },
  metric: { color: '#0b7285', dash: '7 4', symbol: 'square' as const },
};
export const BALANCE_STYLE = {
  index: { color: '#2b8a3e', symbol: 'circle' as const },
  risk: { color: '#c92a2a', dash: '7 4', symbol: 'triangle' as const },
};
