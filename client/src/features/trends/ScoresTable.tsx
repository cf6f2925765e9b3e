import { Table } from '@mantine/core';
import { FORM_LABELS, formatScore, SCORE_KEYS, scoreLabel, type TableRow } from './trend-data';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The numbers behind the charts: one row per partner and check-in. */
export function ScoresTable({ rows, caption }: { rows: TableRow[]; caption: string }) {
  return (
    // Native scrolling in a focusable region, so the keyboard can scroll it sideways too.
    <Table.ScrollContainer
      minWidth={860}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table striped withTableBorder captionSide="top" fz="sm">
        <Table.Caption c="gray.7">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Partner</Table.Th>
            <Table.Th scope="col">Form, version</Table.Th>
            {SCORE_KEYS.map((key) => (
              <Table.Th scope="col" key={key} ta="right">
                {key === 'INDEX' ? 'Index' : scoreLabel(key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.clientId}-${row.takenAt}`}>
              <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                {dateFormat.format(row.t)}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.partner}</Table.Td>
              <Table.Td>
                {FORM_LABELS[row.form]}, v{row.instrumentVersion}
                {row.straightLined && ' (same answer to every item)'}
              </Table.Td>
              {SCORE_KEYS.map((key) => (
                <Table.Td key={key} ta="right">
                  {row.scores[key] === undefined ? '–' : formatScore(row.scores[key]!)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
