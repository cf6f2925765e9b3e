import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { CLINICAL_BAND, GAP_STYLE } from '../chart-style';
import {
  formatScore,
  LARGE_GAP_POINTS,
  scoreLabel,
  type GapRow,
  type TrendData,
} from '../trend-data';
import {
  AXIS_TICK,
  ChartLegend,
  LegendItem,
  longDate,
  seriesLook,
  Swatch,
  TimeAxis,
  TooltipBox,
} from './chart-parts';

/** |A − B| of the index (and the selected score) over time, against the large-gap line. */
export function GapChart({ data, height = 240 }: { data: TrendData; height?: number }) {
  const withMetric = data.key !== 'INDEX';
  const highest = Math.max(0, ...data.gaps.flatMap((row) => [row.index ?? 0, row.metric ?? 0]));
  const top = Math.max(40, Math.ceil((highest + 5) / 10) * 10);
  // Each instrument version is a line of its own: gaps of different versions are not joined.
  const versions = [...new Set(data.gaps.map((row) => row.version))].sort((x, y) => x - y);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={data.gaps}
        margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
        title="Partner gap over time"
        desc={`Difference between the partners' scores, 0 to ${top} points, with a line at ${LARGE_GAP_POINTS}.`}
      >
        <CartesianGrid stroke="#e9ecef" />
        <TimeAxis data={data} />
        <YAxis domain={[0, top]} width={34} tick={AXIS_TICK} />
        <ReferenceLine
          y={LARGE_GAP_POINTS}
          stroke={CLINICAL_BAND.line}
          strokeDasharray="4 3"
          label={{
            value: `Large gap (${LARGE_GAP_POINTS} points)`,
            position: 'insideTopLeft',
            fill: CLINICAL_BAND.label,
            fontSize: 12,
          }}
        />
        {versions.map((version) => (
          <Line
            key={`index-${version}`}
            dataKey={(row: GapRow) => (row.version === version ? row.index : undefined)}
            name="Index gap"
            {...seriesLook(GAP_STYLE.index)}
          />
        ))}
        {withMetric &&
          versions.map((version) => (
            <Line
              key={`metric-${version}`}
              dataKey={(row: GapRow) => (row.version === version ? row.metric : undefined)}
              name={`${scoreLabel(data.key)} gap`}
              {...seriesLook(GAP_STYLE.metric)}
            />
          ))}
        <Tooltip
          content={(tip: TooltipContentProps) => {
            const row = tip.payload?.[0]?.payload as GapRow | undefined;
            if (!tip.active || !row) return null;
            return (
              <TooltipBox title={longDate.format(row.t)}>
                {row.index !== undefined && <div>Index gap: {formatScore(row.index)} points</div>}
                {withMetric && row.metric !== undefined && (
                  <div>
                    {scoreLabel(data.key)} gap: {formatScore(row.metric)} points
                  </div>
                )}
              </TooltipBox>
            );
          }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function GapLegend({ data }: { data: TrendData }) {
  return (
    <ChartLegend>
      <LegendItem swatch={<Swatch color={GAP_STYLE.index.color} symbol="circle" />}>
        Index gap (solid)
      </LegendItem>
      {data.key !== 'INDEX' && (
        <LegendItem
          swatch={
            <Swatch color={GAP_STYLE.metric.color} dash={GAP_STYLE.metric.dash} symbol="square" />
          }
        >
          {scoreLabel(data.key)} gap (dashed)
        </LegendItem>
      )}
      <LegendItem swatch={<Swatch color={CLINICAL_BAND.line} dash="4 3" />}>
        Large gap: {LARGE_GAP_POINTS} points
      </LegendItem>
    </ChartLegend>
  );
}
