import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Symbols,
  Tooltip,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from 'recharts';
import {
  CLINICAL_BAND,
  EVENT_STYLE,
  MEAN_STYLE,
  PARTNER_STYLE,
  VERSION_STYLE,
} from '../chart-style';
import {
  clinicalRangeLabel,
  FORM_CHOICE_LABELS,
  formatScore,
  scoreLabel,
  type ChangeMark,
  type ScoreRow,
  type Slot,
  type TrendData,
} from '../trend-data';
import {
  AXIS_TICK,
  ChartLegend,
  LegendItem,
  longDate,
  SCORE_TICKS,
  Swatch,
  TimeAxis,
  TooltipBox,
  type Names,
} from './chart-parts';

/** A marker per point: the partner's shape, or a star (cross) for reliable improvement (deterioration). */
function partnerDot(slot: Slot, version: number, markers: boolean) {
  const style = PARTNER_STYLE[slot];
  function PartnerDot(props: DotItemDotProps) {
    const { cx, cy, index } = props;
    const row = props.payload as ScoreRow | undefined;
    const key = `${slot}-${version}-${index}`;
    if (
      cx == null ||
      cy == null ||
      row === undefined ||
      valueOf(row, slot, version) === undefined
    ) {
      return <g key={key} />;
    }
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

/** A partner's score on a row when it is of that instrument version: each version is a line of its own. */
function valueOf(row: ScoreRow, slot: Slot, version: number): number | undefined {
  return row[slot === 'a' ? 'aVersion' : 'bVersion'] === version ? row[slot] : undefined;
}

function changeWords(change: ChangeMark | undefined): string {
  if (!change) return '';
  const rci = `RCI ${change.rci.toFixed(2)}`;
  if (change.reliable === 'better') return ` · reliable improvement (${rci})`;
  if (change.reliable === 'worse') return ` · reliable deterioration (${rci})`;
  return ` · ${rci}`;
}

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
        desc={`${scoreLabel(data.key)} from 0 to 100 over time, ${FORM_CHOICE_LABELS[data.form].toLowerCase()}. Use "Show as table" for the numbers.`}
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
        {data.versionChanges.map((change) => (
          <ReferenceLine
            key={`version-${change.version}`}
            x={change.t}
            stroke={VERSION_STYLE.color}
            strokeWidth={2}
            label={{
              value: `Version ${change.version}`,
              position: 'insideTopRight',
              fill: VERSION_STYLE.label,
              fontSize: 12,
            }}
          />
        ))}
        {mean &&
          slots.length === 2 &&
          data.versions.map((version) => (
            <Line
              key={`mean-${version}`}
              dataKey={(row: ScoreRow) => (row.meanVersion === version ? row.mean : undefined)}
              name="Couple mean"
              stroke={MEAN_STYLE.color}
              strokeDasharray={MEAN_STYLE.dash}
              strokeWidth={2}
              dot={false}
              activeDot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        {slots.flatMap((slot) =>
          data.versions.map((version) => (
            <Line
              key={`${slot}-${version}`}
              dataKey={(row: ScoreRow) => valueOf(row, slot, version)}
              name={names[slot] ?? slot}
              stroke={PARTNER_STYLE[slot].color}
              strokeDasharray={PARTNER_STYLE[slot].dash}
              strokeWidth={2.5}
              dot={partnerDot(slot, version, !!markers)}
              activeDot={{ r: 6 }}
              connectNulls
              isAnimationActive={false}
            />
          )),
        )}
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
                      {data.versions.length > 1 &&
                        ` (version ${row[slot === 'a' ? 'aVersion' : 'bVersion']})`}
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

/** The key to the score chart, in words (lines, markers, band, events). */
export function ScoreLegend(props: Omit<ScoreChartProps, 'height' | 'title'>) {
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
      {data.versionChanges.length > 0 && (
        <LegendItem swatch={<Swatch color={VERSION_STYLE.color} vertical />}>
          New version of the check-in (lines break: versions are not compared)
        </LegendItem>
      )}
      {props.clinical && data.reference && (
        <LegendItem
          swatch={
            <svg width={34} height={16} aria-hidden focusable="false">
              <rect width={34} height={16} fill={CLINICAL_BAND.fill} />
            </svg>
          }
        >
          {clinicalRangeLabel(data.reference)}; a = {formatScore(data.reference.cutoffA)} and b ={' '}
          {formatScore(data.reference.cutoffB)} not used
          {data.reference.provisional ? '; provisional norms' : ''}
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
