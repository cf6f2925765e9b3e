import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Symbols, XAxis } from 'recharts';
import { timeTickLabel, type Slot, type TrendData } from '../trend-data';

/** What every trend chart shares: the time axis, tooltips and the pieces of a chart key. */

export const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
export const AXIS_TICK = { fontSize: 12, fill: '#495057' };
export const SCORE_TICKS = [0, 20, 40, 60, 80, 100];

export function TimeAxis({ data }: { data: TrendData }) {
  return (
    <XAxis
      dataKey="t"
      type="number"
      scale="time"
      domain={data.domain ?? ['dataMin', 'dataMax']}
      ticks={data.ticks}
      tickFormatter={timeTickLabel(data.ticks)}
      tick={AXIS_TICK}
      allowDataOverflow
    />
  );
}

export function TooltipBox({ title, children }: { title: string; children: ReactNode }) {
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

/** The look a styled series shares: its colour and dash, open markers, no animation. */
export function seriesLook(
  style: { color: string; dash?: string; symbol: 'circle' | 'square' | 'triangle' },
  markerRadius = 4,
) {
  return {
    stroke: style.color,
    strokeDasharray: style.dash,
    strokeWidth: 2.5,
    dot: { symbol: style.symbol, r: markerRadius, fill: '#fff', strokeWidth: 2 },
    connectNulls: true,
    isAnimationActive: false,
  };
}

/** Each partner's display name by slot. */
export type Names = Partial<Record<Slot, string>>;

export function Swatch(props: {
  color: string;
  dash?: string;
  symbol?: 'circle' | 'square' | 'star' | 'cross' | 'triangle';
  vertical?: boolean;
  filled?: boolean;
  /** Only the marker, no line (for the reliable-change markers). */
  markerOnly?: boolean;
}) {
  const line = props.vertical
    ? { x1: 17, x2: 17, y1: 0, y2: 16, strokeWidth: 2 }
    : { x1: 1, x2: 33, y1: 8, y2: 8, strokeWidth: 2.5 };
  return (
    <svg width={34} height={16} aria-hidden focusable="false" style={{ flexShrink: 0 }}>
      {!props.markerOnly && <line {...line} stroke={props.color} strokeDasharray={props.dash} />}
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
export function ChartLegend({ children }: { children: ReactNode }) {
  return (
    <Group component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Chart key">
      {children}
    </Group>
  );
}

export function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <Group component="li" gap={6} wrap="nowrap">
      {swatch}
      <Text size="sm" component="span">
        {children}
      </Text>
    </Group>
  );
}
