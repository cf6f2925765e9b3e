import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { BALANCE_STYLE } from '../chart-style';
import { formatScore, type BalanceRow, type TrendData } from '../trend-data';
import {
  AXIS_TICK,
  ChartLegend,
  LegendItem,
  longDate,
  SCORE_TICKS,
  seriesLook,
  Swatch,
  TimeAxis,
  TooltipBox,
} from './chart-parts';

/** One partner's index and codependence risk over time, on one 0–100 chart. */
export function BalanceChart({
  data,
  rows,
  name,
  height = 220,
}: {
  data: TrendData;
  rows: BalanceRow[];
  name: string;
  height?: number;
}) {
  // Each instrument version is a line of its own: scores of different versions are not joined.
  const versions = [...new Set(rows.map((row) => row.version))].sort((x, y) => x - y);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={rows}
        margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
        title={`${name}: interdependence and codependence over time`}
        desc="Interdependence index (higher is better) and codependence risk (lower is better), 0 to 100."
      >
        <CartesianGrid stroke="#e9ecef" />
        <TimeAxis data={data} />
        <YAxis domain={[0, 100]} ticks={SCORE_TICKS} width={34} tick={AXIS_TICK} />
        {versions.map((version) => (
          <Line
            key={`index-${version}`}
            dataKey={(row: BalanceRow) => (row.version === version ? row.index : undefined)}
            name="Interdependence index"
            {...seriesLook(BALANCE_STYLE.index)}
          />
        ))}
        {versions.map((version) => (
          <Line
            key={`risk-${version}`}
            dataKey={(row: BalanceRow) => (row.version === version ? row.risk : undefined)}
            name="Codependence risk"
            {...seriesLook(BALANCE_STYLE.risk, 5)}
          />
        ))}
        <Tooltip
          content={(tip: TooltipContentProps) => {
            const row = tip.payload?.[0]?.payload as BalanceRow | undefined;
            if (!tip.active || !row) return null;
            return (
              <TooltipBox title={`${name}, ${longDate.format(row.t)}`}>
                {row.index !== undefined && <div>Interdependence: {formatScore(row.index)}</div>}
                {row.risk !== undefined && <div>Codependence risk: {formatScore(row.risk)}</div>}
              </TooltipBox>
            );
          }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function BalanceLegend() {
  return (
    <ChartLegend>
      <LegendItem swatch={<Swatch color={BALANCE_STYLE.index.color} symbol="circle" />}>
        Interdependence index (solid; higher is better)
      </LegendItem>
      <LegendItem
        swatch={
          <Swatch
            color={BALANCE_STYLE.risk.color}
            dash={BALANCE_STYLE.risk.dash}
            symbol="triangle"
          />
        }
      >
        Codependence risk (dashed; lower is better)
      </LegendItem>
    </ChartLegend>
  );
}
