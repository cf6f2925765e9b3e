import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Symbols,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from 'recharts';
import { ExplainText, type Explanation } from '../../app/Explain';
import {
  BALANCE_STYLE,
  CLINICAL_BAND,
  EVENT_STYLE,
  GAP_STYLE,
  MEAN_STYLE,
  PARTNER_STYLE,
} from './chart-style';
import {
  balanceChartExplanation,
  gapChartExplanation,
  myIndexExplanation,
  myProfileExplanation,
  profileChartExplanation,
  scoreChartExplanation,
} from './explanations';
import {
  clinicalRangeLabel,
  formatScore,
  LARGE_GAP_POINTS,
  scoreLabel,
  type BalanceRow,
  type ChangeMark,
  type GapRow,
  type ScoreRow,
  type Slot,
  type TrendData,
} from './trend-data';

/**
 * The Recharts charts of a couple's (or a client's own) trends, in a chunk of their own:
 * pages load it with React.lazy, so Recharts never weighs on the entry bundle. Everything
 * drawn here is prepared by useTrendData; these components only draw.
 */

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const AXIS_TICK = { fontSize: 12, fill: '#495057' };
const SCORE_TICKS = [0, 20, 40, 60, 80, 100];

function tickFormatter(ticks: number[]) {
  const monthly = ticks.length > 1 && ticks.every((t) => new Date(t).getDate() === 1);
  return (t: number) => (monthly ? monthYear : dayMonth).format(t);
}

function TimeAxis({ data }: { data: TrendData }) {
  return (
    <XAxis
      dataKey="t"
      type="number"
      scale="time"
      domain={data.domain ?? ['dataMin', 'dataMax']}
      ticks={data.ticks}
      tickFormatter={tickFormatter(data.ticks)}
      tick={AXIS_TICK}
      allowDataOverflow
    />
  );
}

/** A marker per point: the partner's shape, or a star (cross) for reliable improvement (deterioration). */
function partnerDot(slot: Slot, markers: boolean) {
  const style = PARTNER_STYLE[slot];
  function PartnerDot(props: DotItemDotProps) {
    const { cx, cy, index } = props;
    const row = props.payload as ScoreRow | undefined;
    const key = `${slot}-${index}`;
    if (cx == null || cy == null || row?.[slot] === undefined) return <g key={key} />;
    const reliable = markers ? row[slot === 'a' ? 'aChange' : 'bChange']?.reliable : undefined;
    const shape = (
      <Symbols
        type={style.symbol}
        cx={cx}
        cy={cy}
        size={reliable ? 40 : 56}
        fill="#fff"
        stroke={style.color}
        strokeWidth={2}
      />
    );
    if (reliable) {
      // The partner's own marker stays on top, so shape (not only colour) still tells who.
      return (
        <g key={key}>
          <Symbols
            type={reliable === 'better' ? 'star' : 'cross'}
            cx={cx}
            cy={cy}
            size={reliable === 'better' ? 420 : 260}
            fill={style.color}
            stroke="#fff"
            strokeWidth={1}
          />
          {shape}
        </g>
      );
    }
    return <g key={key}>{shape}</g>;
  }
  return PartnerDot;
}

function changeWords(change: ChangeMark | undefined): string {
  if (!change) return '';
  const rci = `RCI ${change.rci.toFixed(2)}`;
  if (change.reliable === 'better') return ` · reliable improvement (${rci})`;
  if (change.reliable === 'worse') return ` · reliable deterioration (${rci})`;
  return ` · ${rci}`;
}

function TooltipBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div
      style={{
        background: '#fff',
        border: '1px solid #ced4da',
        borderRadius: 6,
        padding: '6px 10px',
        fontSize: 13,
        boxShadow: '0 2px 6px rgba(0,0,0,0.12)',
      }}
    >
      <div style={{ fontWeight: 600, marginBottom: 2 }}>{title}</div>
      {children}
    </div>
  );
}

type Names = Partial<Record<Slot, string>>;

export interface ScoreChartProps {
  data: TrendData;
  names: Names;
  /** Shade the clinical side of the cut-off. */
  clinical?: boolean;
  /** Draw the couple mean. */
  mean?: boolean;
  /** Mark reliable change with stars and crosses. */
  markers?: boolean;
  /** Draw exercise submissions as vertical lines. */
  events?: boolean;
  height?: number;
  title: string;
}

/** Both partners' lines for one score over time, with the couple mean, cut-off band and markers. */
export function ScoreChart(props: ScoreChartProps) {
  const { data, names, clinical, mean, markers, events, height = 320 } = props;
  const reference = data.reference;
  const slots = data.partners.map((partner) => partner.slot);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={data.rows}
        margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
        title={props.title}
        desc={`${scoreLabel(data.key)} from 0 to 100 over time. Use "Show as table" for the numbers.`}
      >
        <CartesianGrid stroke="#e9ecef" />
        <TimeAxis data={data} />
        <YAxis domain={[0, 100]} ticks={SCORE_TICKS} width={34} tick={AXIS_TICK} />
        {clinical && reference && (
          <ReferenceArea
            y1={reference.higherIsBetter ? 0 : reference.cutoff}
            y2={reference.higherIsBetter ? reference.cutoff : 100}
            fill={CLINICAL_BAND.fill}
            fillOpacity={0.7}
            stroke="none"
            ifOverflow="hidden"
            label={{
              value: clinicalRangeLabel(reference),
              position: reference.higherIsBetter ? 'insideBottomLeft' : 'insideTopLeft',
              fill: CLINICAL_BAND.label,
              fontSize: 12,
            }}
          />
        )}
        {clinical && reference && (
          <ReferenceLine
            y={reference.cutoff}
            stroke={CLINICAL_BAND.line}
            strokeDasharray="4 3"
            strokeOpacity={0.6}
          />
        )}
        {events &&
          data.events.map((day) => (
            <ReferenceLine
              key={day.t}
              x={day.t}
              stroke={EVENT_STYLE.color}
              strokeDasharray={EVENT_STYLE.dash}
              strokeOpacity={0.8}
            />
          ))}
        {mean && slots.length === 2 && (
          <Line
            dataKey="mean"
            name="Couple mean"
            stroke={MEAN_STYLE.color}
            strokeDasharray={MEAN_STYLE.dash}
            strokeWidth={2}
            dot={false}
            activeDot={false}
            connectNulls
            isAnimationActive={false}
          />
        )}
        {slots.map((slot) => (
          <Line
            key={slot}
            dataKey={slot}
            name={names[slot] ?? slot}
            stroke={PARTNER_STYLE[slot].color}
            strokeDasharray={PARTNER_STYLE[slot].dash}
            strokeWidth={2.5}
            dot={partnerDot(slot, !!markers)}
            activeDot={{ r: 6 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
        <Tooltip
          content={(tip: TooltipContentProps) => {
            const row = tip.payload?.[0]?.payload as ScoreRow | undefined;
            if (!tip.active || !row) return null;
            return (
              <TooltipBox title={longDate.format(row.t)}>
                {slots.map((slot) =>
                  row[slot] === undefined ? null : (
                    <div key={slot}>
                      {names[slot]}: {formatScore(row[slot]!)}
                      {markers && changeWords(row[slot === 'a' ? 'aChange' : 'bChange'])}
                    </div>
                  ),
                )}
                {mean && row.mean !== undefined && <div>Couple mean: {formatScore(row.mean)}</div>}
              </TooltipBox>
            );
          }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

function Swatch(props: {
  color: string;
  dash?: string;
  symbol?: 'circle' | 'square' | 'star' | 'cross' | 'triangle';
  vertical?: boolean;
  filled?: boolean;
  /** Only the marker, no line (for the reliable-change markers). */
  markerOnly?: boolean;
}) {
  return (
    <svg width={34} height={16} aria-hidden focusable="false" style={{ flexShrink: 0 }}>
      {props.markerOnly ? null : props.vertical ? (
        <line
          x1={17}
          x2={17}
          y1={0}
          y2={16}
          stroke={props.color}
          strokeWidth={2}
          strokeDasharray={props.dash}
        />
      ) : (
        <line
          x1={1}
          x2={33}
          y1={8}
          y2={8}
          stroke={props.color}
          strokeWidth={2.5}
          strokeDasharray={props.dash}
        />
      )}
      {props.symbol && (
        <Symbols
          type={props.symbol}
          cx={17}
          cy={8}
          size={props.symbol === 'star' ? 200 : props.symbol === 'cross' ? 130 : 50}
          fill={props.filled ? props.color : '#fff'}
          stroke={props.filled ? '#fff' : props.color}
          strokeWidth={props.filled ? 1 : 2}
        />
      )}
    </svg>
  );
}

/** A chart's key: a list of swatches with words, so the key never rests on colour alone. */
function ChartLegend({ children }: { children: ReactNode }) {
  return (
    <Group component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Chart key">
      {children}
    </Group>
  );
}

function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <Group component="li" gap={6} wrap="nowrap">
      {swatch}
      <Text size="sm" component="span">
        {children}
      </Text>
    </Group>
  );
}

/** The key to the score chart, in words (lines, markers, band, events). */
export function ScoreLegend(props: {
  data: TrendData;
  names: Names;
  clinical?: boolean;
  mean?: boolean;
  markers?: boolean;
  events?: boolean;
}) {
  const { data, names } = props;
  return (
    <ChartLegend>
      {data.partners.map(({ slot }) => (
        <LegendItem
          key={slot}
          swatch={
            <Swatch
              color={PARTNER_STYLE[slot].color}
              dash={PARTNER_STYLE[slot].dash}
              symbol={PARTNER_STYLE[slot].symbol}
            />
          }
        >
          {names[slot]} ({PARTNER_STYLE[slot].pattern})
        </LegendItem>
      ))}
      {props.mean && data.partners.length === 2 && (
        <LegendItem swatch={<Swatch color={MEAN_STYLE.color} dash={MEAN_STYLE.dash} />}>
          Couple mean (dotted)
        </LegendItem>
      )}
      {props.markers && (
        <>
          <LegendItem swatch={<Swatch color="#495057" symbol="star" filled markerOnly />}>
            Reliable improvement since baseline (star behind the marker)
          </LegendItem>
          <LegendItem swatch={<Swatch color="#495057" symbol="cross" filled markerOnly />}>
            Reliable deterioration (cross behind the marker)
          </LegendItem>
        </>
      )}
      {props.clinical && data.reference && (
        <LegendItem
          swatch={
            <svg width={34} height={16} aria-hidden focusable="false">
              <rect width={34} height={16} fill={CLINICAL_BAND.fill} />
            </svg>
          }
        >
          {clinicalRangeLabel(data.reference)}
        </LegendItem>
      )}
      {props.events && data.events.length > 0 && (
        <LegendItem swatch={<Swatch color={EVENT_STYLE.color} dash={EVENT_STYLE.dash} vertical />}>
          Exercise submitted
        </LegendItem>
      )}
    </ChartLegend>
  );
}

/** |A − B| of the index (and the selected score) over time, against the large-gap line. */
export function GapChart({ data, height = 240 }: { data: TrendData; height?: number }) {
  const withMetric = data.key !== 'INDEX';
  const highest = Math.max(0, ...data.gaps.flatMap((row) => [row.index ?? 0, row.metric ?? 0]));
  const top = Math.max(40, Math.ceil((highest + 5) / 10) * 10);
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
        <Line
          dataKey="index"
          name="Index gap"
          stroke={GAP_STYLE.index.color}
          strokeWidth={2.5}
          dot={{ symbol: GAP_STYLE.index.symbol, r: 4, fill: '#fff', strokeWidth: 2 }}
          connectNulls
          isAnimationActive={false}
        />
        {withMetric && (
          <Line
            dataKey="metric"
            name={`${scoreLabel(data.key)} gap`}
            stroke={GAP_STYLE.metric.color}
            strokeDasharray={GAP_STYLE.metric.dash}
            strokeWidth={2.5}
            dot={{ symbol: GAP_STYLE.metric.symbol, r: 4, fill: '#fff', strokeWidth: 2 }}
            connectNulls
            isAnimationActive={false}
          />
        )}
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
          <pattern
            id="partner-b-stripes"
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={6} height={6} fill="#fff" />
            <rect width={3} height={6} fill={PARTNER_STYLE.b.color} />
          </pattern>
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
                  <pattern
                    id="partner-b-stripes-key"
                    width={6}
                    height={6}
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <rect width={6} height={6} fill="#fff" />
                    <rect width={3} height={6} fill={PARTNER_STYLE.b.color} />
                  </pattern>
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
        <Line
          dataKey="index"
          name="Interdependence index"
          stroke={BALANCE_STYLE.index.color}
          strokeWidth={2.5}
          dot={{ symbol: BALANCE_STYLE.index.symbol, r: 4, fill: '#fff', strokeWidth: 2 }}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          dataKey="risk"
          name="Codependence risk"
          stroke={BALANCE_STYLE.risk.color}
          strokeDasharray={BALANCE_STYLE.risk.dash}
          strokeWidth={2.5}
          dot={{ symbol: BALANCE_STYLE.risk.symbol, r: 5, fill: '#fff', strokeWidth: 2 }}
          connectNulls
          isAnimationActive={false}
        />
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

function ChartFigure(props: {
  id: string;
  title: string;
  headingOrder?: 2 | 3;
  explanation: Explanation;
  description: ReactNode;
  legend?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack
      component="figure"
      gap="xs"
      m={0}
      aria-labelledby={`${props.id}-title`}
      className="trend-figure"
    >
      <Group gap={6} wrap="nowrap">
        <Title order={props.headingOrder ?? 3} size="h5" id={`${props.id}-title`}>
          {props.title}
        </Title>
        <ExplainText explanation={props.explanation} />
      </Group>
      <Text size="sm" c="gray.7" component="figcaption">
        {props.description}
      </Text>
      {props.children}
      {props.legend}
    </Stack>
  );
}

/** The counselor's charts: the selected score, the partner gap, the profile and the balance. */
export default function CounselorTrendCharts({ data, names }: { data: TrendData; names: Names }) {
  const label = scoreLabel(data.key);
  const both = data.partners.length === 2;
  return (
    <Stack gap="xl">
      <ChartFigure
        id="trend-score"
        title={`${label} over time`}
        explanation={scoreChartExplanation(data)}
        description={
          <>
            Each partner&apos;s score (0–100) at each check-in
            {data.key === 'CODEPENDENCE_RISK' ? '; lower is better.' : '; higher is better.'}
          </>
        }
        legend={<ScoreLegend data={data} names={names} clinical mean markers events />}
      >
        <ScoreChart
          data={data}
          names={names}
          clinical
          mean
          markers
          events
          title={`${label} over time`}
        />
      </ChartFigure>
      {both && (
        <ChartFigure
          id="trend-gap"
          title="Gap between the partners"
          explanation={gapChartExplanation()}
          description={`How far apart the partners' scores are (|A − B|), for check-ins both took within the same week. At ${LARGE_GAP_POINTS} points or more the caseload flags a large gap.`}
          legend={<GapLegend data={data} />}
        >
          <GapChart data={data} />
        </ChartFigure>
      )}
      <ChartFigure
        id="trend-profile"
        title="Latest profile"
        explanation={profileChartExplanation()}
        description="Each partner's most recent score per dimension in this range. Codependence risk is the one where lower is better."
        legend={<ProfileLegend data={data} names={names} />}
      >
        <ProfileChart data={data} names={names} />
      </ChartFigure>
      <Stack gap="xs">
        <Group gap={6} wrap="nowrap">
          <Title order={3} size="h5">
            Interdependence and codependence
          </Title>
          <ExplainText explanation={balanceChartExplanation()} />
        </Group>
        <Text size="sm" c="gray.7">
          Growing interdependence usually comes with falling codependence risk; when both rise
          together, that is worth a conversation.
        </Text>
        <SimpleGrid cols={{ base: 1, md: data.balance.length > 1 ? 2 : 1 }}>
          {data.balance.map((entry) => (
            <Stack
              key={entry.slot}
              component="figure"
              m={0}
              gap={4}
              aria-label={`${entry.displayName}: interdependence and codependence over time`}
              className="trend-figure"
            >
              <Text fw={600} size="sm" component="figcaption">
                {entry.displayName}
              </Text>
              <BalanceChart data={data} rows={entry.rows} name={entry.displayName} />
            </Stack>
          ))}
        </SimpleGrid>
        <BalanceLegend />
      </Stack>
    </Stack>
  );
}

/**
 * A client's own charts: their index over time (and their partner's when the counselor shares
 * scores) and their latest profile. No cut-off band or markers: those are for the care team
 * to read and explain.
 */
export function ClientTrendCharts({ data, names }: { data: TrendData; names: Names }) {
  return (
    <Stack gap="xl">
      <ChartFigure
        id="my-index"
        headingOrder={2}
        title="Interdependence index over time"
        explanation={myIndexExplanation()}
        description="From 0 to 100, higher is better: how well you rely on each other while each keeping a self of your own."
        legend={data.partners.length > 1 ? <ScoreLegend data={data} names={names} /> : undefined}
      >
        <ScoreChart
          data={data}
          names={names}
          height={260}
          title="Interdependence index over time"
        />
      </ChartFigure>
      <ChartFigure
        id="my-profile"
        headingOrder={2}
        explanation={myProfileExplanation()}
        title={data.partners.length > 1 ? 'Latest profiles' : 'Your latest profile'}
        description="The most recent score in each area. For codependence risk, lower is better."
        legend={data.partners.length > 1 ? <ProfileLegend data={data} names={names} /> : undefined}
      >
        <ProfileChart data={data} names={names} />
      </ChartFigure>
    </Stack>
  );
}
