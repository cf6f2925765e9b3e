import {
  BALANCE_STYLE,
  CLINICAL_BAND,
  EVENT_STYLE,
  GAP_STYLE,
  MEAN_STYLE,
  PARTNER_STYLE,
} from './chart-style';

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const WHITE = '#ffffff';

describe('chart style', () => {
  it('draws every line and marker at 3:1 or more against the white chart (WCAG 1.4.11)', () => {
    const lines = [
      PARTNER_STYLE.a.color,
      PARTNER_STYLE.b.color,
      MEAN_STYLE.color,
      EVENT_STYLE.color,
      GAP_STYLE.index.color,
      GAP_STYLE.metric.color,
      BALANCE_STYLE.index.color,
      BALANCE_STYLE.risk.color,
      CLINICAL_BAND.line,
    ];
    for (const color of lines) expect(contrast(color, WHITE)).toBeGreaterThanOrEqual(3);
  });

  it('writes the clinical band label at 4.5:1 or more on the band (WCAG 1.4.3)', () => {
    expect(contrast(CLINICAL_BAND.label, CLINICAL_BAND.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('never tells the partners apart by colour alone: dash and marker differ too', () => {
    expect(PARTNER_STYLE.a.dash).not.toEqual(PARTNER_STYLE.b.dash);
    expect(PARTNER_STYLE.a.symbol).not.toEqual(PARTNER_STYLE.b.symbol);
    expect(GAP_STYLE.index.symbol).not.toEqual(GAP_STYLE.metric.symbol);
    expect(BALANCE_STYLE.index.symbol).not.toEqual(BALANCE_STYLE.risk.symbol);
    expect(BALANCE_STYLE.risk.dash).toBeDefined();
  });
});
