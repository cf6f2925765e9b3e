import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { PARTNER_STYLE } from '../chart-style';
import { formatScore, type TrendData } from '../trend-data';
import {
  AXIS_TICK,
  ChartLegend,
  LegendItem,
  SCORE_TICKS,
  TooltipBox,
  type Names,
} from './chart-parts';

/** The second partner's bars are striped, so the two differ in more than colour. */
function PartnerBStripes({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width={6}
      height={6}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={6} height={6} fill="#fff" />
      <rect width={3} height={6} fill={PARTNER_STYLE.b.color} />
    </pattern>
  );
}

/** Each partner's latest score per dimension, as grouped horizontal bars with their values. */
export function ProfileChart({ data, names }: { data: TrendData; names: Names }) {
  const slots = data.partners.map((partner) => partner.slot);
  const height = 70 + data.profile.length * (slots.length * 22 + 18);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data.profile}
        layout="vertical"
        margin={{ top: 4, right: 36, bottom: 4, left: 4 }}
        barGap={2}
        title="Latest profile"
        desc="The latest score of each dimension, 0 to 100, for each partner."
      >
        <defs>
          <PartnerBStripes id="partner-b-stripes" />
        </defs>
        <CartesianGrid stroke="#e9ecef" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={SCORE_TICKS} tick={AXIS_TICK} />
        <YAxis
          type="category"
          dataKey="label"
          width={128}
          tick={{ ...AXIS_TICK, fill: '#212529' }}
          interval={0}
        />
        {slots.map((slot) => (
          <Bar
            key={slot}
            dataKey={slot}
            name={names[slot] ?? slot}
            fill={slot === 'b' ? 'url(#partner-b-stripes)' : PARTNER_STYLE[slot].color}
            stroke={PARTNER_STYLE[slot].color}
            strokeWidth={1}
            barSize={18}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={slot}
              position="right"
              fontSize={12}
              fill="#212529"
              formatter={(value) => (typeof value === 'number' ? formatScore(value) : '')}
            />
          </Bar>
        ))}
        <Tooltip
          cursor={{ fill: '#f1f3f5' }}
          content={(tip: TooltipContentProps) => {
            const row = tip.payload?.[0]?.payload as TrendData['profile'][number] | undefined;
            if (!tip.active || !row) return null;
            return (
              <TooltipBox title={row.label}>
                {slots.map((slot) => (
                  <div key={slot}>
                    {names[slot]}: {row[slot] === undefined ? 'no score' : formatScore(row[slot]!)}
                  </div>
                ))}
              </TooltipBox>
            );
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function ProfileLegend({ data, names }: { data: TrendData; names: Names }) {
  return (
    <ChartLegend>
      {data.partners.map(({ slot }) => (
        <LegendItem
          key={slot}
          swatch={
            <svg width={34} height={16} aria-hidden focusable="false">
              <rect
                x={1}
                y={2}
                width={32}
                height={12}
                fill={slot === 'b' ? 'url(#partner-b-stripes-key)' : PARTNER_STYLE[slot].color}
                stroke={PARTNER_STYLE[slot].color}
              />
              {slot === 'b' && (
                <defs>
                  <PartnerBStripes id="partner-b-stripes-key" />
                </defs>
              )}
            </svg>
          }
        >
          {names[slot]} ({slot === 'a' ? 'solid bars' : 'striped bars'})
        </LegendItem>
      ))}
    </ChartLegend>
  );
}
