import { useQuery } from '@apollo/client/react';
import { Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import type { ScoreKey } from '@tandem/shared';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { FormPicker } from './FormPicker';
import { COUPLE_TRENDS } from './graphql/trends';
import { initialRange, RangePicker, rangeProblem, type RangeValue } from './RangePicker';
import { ScoresTable } from './ScoresTable';
import {
  FORM_CHOICE_LABELS,
  rangeVariables,
  SCORE_KEYS,
  scoreLabel,
  trendsCsv,
  type Form,
  type TrendData,
} from './trend-data';
import './trend-report.css';
import { TrendSummary } from './TrendSummary';
import { useTrendData } from './useTrendData';

// Recharts lives in this chunk only: the couple page loads without it and fetches it here.
const CounselorTrendCharts = lazy(() => import('./TrendCharts'));

const PRINTING_CLASS = 'tandem-printing-report';
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

function rangeWords({ from, to }: RangeValue): string {
  const day = (value: string) => longDate.format(new Date(`${value}T00:00:00`));
  if (from && to) return `${day(from)} to ${day(to)}`;
  if (from) return `from ${day(from)}`;
  if (to) return `up to ${day(to)}`;
  return 'all check-ins';
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'couple'
  );
}

function downloadCsv(data: TrendData, coupleName: string, range: RangeValue) {
  // The byte-order mark lets spreadsheet programs read names with accents as UTF-8.
  const blob = new Blob(['\uFEFF', trendsCsv(data.table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `tandem-${slug(coupleName)}-scores-${range.from || 'start'}-to-${range.to || 'now'}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Prints the report alone (see trend-report.css), then puts the page back. */
function printReport() {
  const done = () => {
    document.body.classList.remove(PRINTING_CLASS);
    window.removeEventListener('afterprint', done);
  };
  document.body.classList.add(PRINTING_CLASS);
  window.addEventListener('afterprint', done);
  window.print();
}

/**
 * The counselor's view of a couple's check-in scores over time: a summary per partner, the
 * charts (a lazy chunk), the same numbers as a table, CSV and a printable report.
 */
export function ProgressSection({
  coupleId,
  coupleName,
  reportExtra,
}: {
  coupleId: string;
  coupleName: string;
  /** More of the printed report, after the scores (the session notes the counselor picks); shown with them. */
  reportExtra?: ReactNode;
}) {
  const [range, setRange] = useState<RangeValue>(() => initialRange('12m'));
  const [key, setKey] = useState<ScoreKey>('INDEX');
  const [form, setForm] = useState<Form>('FULL');
  const [showTable, setShowTable] = useState(false);
  const problem = rangeProblem(range);
  const { data, previousData, loading, error, refetch } = useQuery(COUPLE_TRENDS, {
    variables: { coupleId, ...rangeVariables(range.from, range.to) },
    skip: problem !== null,
  });
  // While another range loads, the last one stays on screen rather than a spinner.
  const trends = (data ?? previousData)?.coupleTrends;
  const prepared = useTrendData(trends, key, form);

  useEffect(() => () => document.body.classList.remove(PRINTING_CLASS), []);

  const names = Object.fromEntries(
    (prepared?.partners ?? []).map((partner) => [partner.slot, partner.displayName]),
  );
  const ready = prepared?.hasPointsInRange ?? false;
  const tableId = `trend-table-${coupleId}`;

  return (
    <Stack component="section" aria-labelledby="progress-heading" className="trend-report">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="progress-heading">
          Progress
        </Title>
        {ready && prepared && (
          <Group gap="xs" className="trend-no-print">
            <Button
              variant="default"
              size="sm"
              aria-expanded={showTable}
              aria-controls={tableId}
              onClick={() => setShowTable((shown) => !shown)}
            >
              {showTable ? 'Hide table' : 'Show as table'}
            </Button>
            <Button
              variant="default"
              size="sm"
              onClick={() => downloadCsv(prepared, coupleName, range)}
            >
              Download CSV
            </Button>
            <Button variant="default" size="sm" onClick={printReport}>
              Print report
            </Button>
          </Group>
        )}
      </Group>
      <div className="trend-print-only">
        <Text fw={700} size="lg">
          Progress report: {coupleName}
        </Text>
        <Text size="sm">
          {scoreLabel(key)} from {FORM_CHOICE_LABELS[form].toLowerCase()}, {rangeWords(range)}
          {prepared?.episode ? `, episode of care ${prepared.episode.number}` : ''}. Printed{' '}
          {longDate.format(new Date())} from Tandem.
        </Text>
      </div>
      <Group gap="md" align="flex-end" wrap="wrap" className="trend-no-print">
        <RangePicker value={range} onChange={setRange} error={problem} />
        <FormPicker value={form} onChange={setForm} />
        <NativeSelect
          label="Score shown"
          value={key}
          onChange={(event) => setKey(event.currentTarget.value as ScoreKey)}
          data={SCORE_KEYS.map((value) => ({ value, label: scoreLabel(value) }))}
          w={220}
        />
      </Group>
      {loading && !trends && <LoadingState label="Loading scores…" />}
      {error && !trends && <ErrorState error={error} onRetry={() => void refetch()} />}
      {prepared && !prepared.hasAnyCheckin && (
        <EmptyState title="No check-ins yet">
          Schedule check-ins to see trends here. Each partner&apos;s scores, the gap between them
          and their latest profile appear once they have taken one.
        </EmptyState>
      )}
      {prepared && prepared.hasAnyCheckin && !ready && (
        <EmptyState title="No check-ins in this range">
          Choose a longer range, or All, to see earlier check-ins.
        </EmptyState>
      )}
      {ready && prepared && (
        <>
          <TrendSummary data={prepared} />
          <List size="sm" spacing={2} c="gray.8">
            <List.Item>
              The charts show {FORM_CHOICE_LABELS[form].toLowerCase()} only: a line never joins a
              full check-in to a pulse, nor two versions of the check-in.
            </List.Item>
            <List.Item>
              The shaded band is the clinical range: scores on that side of cut-off c look more like
              couples starting counseling than couples doing well.
            </List.Item>
            <List.Item>
              A star marks a check-in whose change since that partner&apos;s baseline is reliable
              improvement (larger than measurement error can explain); a cross marks reliable
              deterioration.
            </List.Item>
            <List.Item>
              The dotted grey line is the couple mean, drawn where both answered within the same
              week. Thin violet lines are days an exercise was submitted.
            </List.Item>
          </List>
          {prepared.hasFormPointsInRange ? (
            <Suspense fallback={<LoadingState label="Loading charts…" />}>
              <CounselorTrendCharts data={prepared} names={names} />
            </Suspense>
          ) : (
            <EmptyState title={`No ${FORM_CHOICE_LABELS[form].toLowerCase()} in this range`}>
              Choose the other form above, or a longer range.
            </EmptyState>
          )}
          <div className="trend-table" data-collapsed={!showTable} id={tableId}>
            <ScoresTable
              rows={prepared.table}
              caption={`Scores of each check-in, ${rangeWords(range)} (0–100; codependence risk: lower is better)`}
            />
          </div>
          {reportExtra}
        </>
      )}
    </Stack>
  );
}
