import { BuildingStep, Dimension, ExerciseMode } from '@tandem/shared';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ExerciseFilterInput, ExerciseSource } from '../../graphql/generated/graphql';

export interface LibraryFilters {
  search: string;
  buildingStep: BuildingStep | '';
  dimension: Dimension | '';
  mode: ExerciseMode | '';
  maxMinutes: number | null;
  source: ExerciseSource | '';
  archived: boolean;
  page: number;
}

const SOURCES: readonly ExerciseSource[] = ['BUILT_IN', 'CLINIC'];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return allowed.find((item) => item === value) ?? '';
}

function positive(value: string | null): number | null {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : null;
}

function parse(params: URLSearchParams): LibraryFilters {
  return {
    search: params.get('q') ?? '',
    buildingStep: oneOf(params.get('step'), Object.values(BuildingStep)),
    dimension: oneOf(params.get('dimension'), Object.values(Dimension)),
    mode: oneOf(params.get('mode'), Object.values(ExerciseMode)),
    maxMinutes: positive(params.get('max')),
    source: oneOf(params.get('source'), SOURCES),
    archived: params.get('archived') === '1',
    page: positive(params.get('page')) ?? 1,
  };
}

function serialise(filters: LibraryFilters): URLSearchParams {
  const entries: Array<[string, string]> = [
    ['q', filters.search],
    ['step', filters.buildingStep],
    ['dimension', filters.dimension],
    ['mode', filters.mode],
    ['max', filters.maxMinutes ? String(filters.maxMinutes) : ''],
    ['source', filters.source],
    ['archived', filters.archived ? '1' : ''],
    ['page', filters.page > 1 ? String(filters.page) : ''],
  ];
  return new URLSearchParams(entries.filter(([, value]) => value !== ''));
}

/**
 * The library's filters. They are React state, read from the address once and copied back
 * to it, so coming back from the editor (or a shared link) keeps them. The state, not the
 * address, is the truth: the router applies address changes a moment later, and a search
 * box bound to the address would drop keys typed in between. Any change but the page
 * starts again from page 1.
 */
export function useLibraryFilters(): [LibraryFilters, (change: Partial<LibraryFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState(() => parse(params));
  useEffect(() => {
    // Replaced rather than pushed: Back leaves the library instead of undoing a filter.
    setParams(serialise(filters), { replace: true });
  }, [filters, setParams]);
  const change = useCallback(
    (patch: Partial<LibraryFilters>) =>
      setFilters((current) => ({ ...current, page: 1, ...patch })),
    [],
  );
  return [filters, change];
}

/** The API filter, with the search text as debounced by the caller. */
export function filterInput(filters: LibraryFilters, search: string): ExerciseFilterInput {
  return {
    archived: filters.archived,
    search: search || undefined,
    buildingStep: filters.buildingStep || undefined,
    dimension: filters.dimension || undefined,
    mode: filters.mode || undefined,
    maxMinutes: filters.maxMinutes ?? undefined,
    source: filters.source || undefined,
  };
}
