import { EXPECTED_CHANGE, expectedChangeModel, type FollowUpSample } from './expected-change';

/** Episodes e1…eN, one partner each, intake 45 (band 40–50), change 2·i at `weeks`. */
function clinic(episodes: number, weeks = 10): FollowUpSample[] {
  return Array.from({ length: episodes }, (_, i) => ({
    episodeId: `e${i + 1}`,
    clientId: `a${i + 1}`,
    intake: 45,
    weeks,
    change: 2 * (i + 1),
  }));
}

describe('expectedChangeModel', () => {
  it('takes the 10th percentile and the median of comparable partners', () => {
    // changes 2, 4, …, 60 (30 partners of 30 episodes); type-7 percentiles of the sorted list:
    // 10th: rank (30 − 1) · .1 = 2.9 → 6 + .9 · (8 − 6) = 7.8
    // 50th: rank 14.5 → 30 + .5 · (32 − 30) = 31
    const expected = expectedChangeModel(clinic(30))(43, 10, 'own');
    expect(EXPECTED_CHANGE).toEqual({
      minCouples: 30,
      lowPercentile: 10,
      intakeBandWidth: 10,
      weeksWindow: 3,
      maxWeeks: 52,
    });
    expect(expected).toEqual({
      low: expect.closeTo(7.8, 10),
      median: expect.closeTo(31, 10),
      couples: 30,
      partners: 30,
      intakeBand: [40, 50],
      weeks: [7, 13],
    });
  });

  it('needs 30 distinct comparison couples, however many partners', () => {
    expect(expectedChangeModel(clinic(29))(45, 10, 'own')).toBeNull();
    // 29 episodes with both partners: 58 partners, still 29 couples
    const both = clinic(29).flatMap((sample) => [
      sample,
      { ...sample, clientId: `b${sample.clientId}` },
    ]);
    expect(expectedChangeModel(both)(45, 10, 'own')).toBeNull();
    // one more episode: 30 couples, 59 partners
    const thirty = expectedChangeModel([...both, ...clinic(30).slice(29)])(45, 10, 'own');
    expect(thirty).toMatchObject({ couples: 30, partners: 59 });
  });

  it('leaves the partner’s own episode out', () => {
    // With e5 out, 29 couples remain: hidden.
    expect(expectedChangeModel(clinic(30))(45, 10, 'e5')).toBeNull();
    // 31 episodes (2 … 62), e1 out: 4 … 62 (30 values).
    // 10th: rank 2.9 → 8 + .9 · 2 = 9.8; median: rank 14.5 → 32 + .5 · 2 = 33
    const expected = expectedChangeModel(clinic(31))(45, 10, 'e1');
    expect(expected).toMatchObject({ couples: 30, partners: 30 });
    expect(expected?.low).toBeCloseTo(9.8, 10);
    expect(expected?.median).toBeCloseTo(33, 10);
  });

  it('counts each partner-episode once, at its point nearest in weeks', () => {
    // e1's partner also has +100 at week 8 and −200 at week 12.5.
    const samples = [
      ...clinic(30),
      { episodeId: 'e1', clientId: 'a1', intake: 45, weeks: 8, change: 100 },
      { episodeId: 'e1', clientId: 'a1', intake: 45, weeks: 12.5, change: -200 },
    ];
    const model = expectedChangeModel(samples);
    // At week 10 its week-10 point (+2) is nearest: as before, 7.8 and 31.
    expect(model(45, 10, 'own')).toMatchObject({ partners: 30, low: expect.closeTo(7.8, 10) });
    // At week 8.5 its +100 is nearest: 4, 6, …, 60, 100.
    // 10th: rank 2.9 → 8 + .9 · 2 = 9.8; median: rank 14.5 → 32 + .5 · 2 = 33
    const at8 = model(45, 8.5, 'own');
    expect(at8).toMatchObject({ partners: 30, couples: 30, weeks: [5.5, 11.5] });
    expect(at8?.low).toBeCloseTo(9.8, 10);
    expect(at8?.median).toBeCloseTo(33, 10);
    // At week 12 its −200 (0.5 weeks away) is nearest: −200, 4, 6, …, 60.
    // 10th: rank 2.9 → 6 + .9 · 2 = 7.8 (index 2 is 6: −200, 4, 6, 8); median: rank 14.5 → 30 + 1 = 31
    const at12 = model(45, 12, 'own');
    expect(at12?.low).toBeCloseTo(7.8, 10);
    expect(at12?.median).toBeCloseTo(31, 10);
    expect(at12?.partners).toBe(30);
  });

  it('compares within ±3 weeks, inclusive', () => {
    // 30 couples at week 10 are inside for weeks 7 and 13, outside for 6.9 and 13.1.
    const model = expectedChangeModel(clinic(30));
    expect(model(45, 7, 'own')).not.toBeNull();
    expect(model(45, 13, 'own')).not.toBeNull();
    expect(model(45, 6.9, 'own')).toBeNull();
    expect(model(45, 13.1, 'own')).toBeNull();
    // the window starts at 0 weeks, not below
    expect(expectedChangeModel(clinic(30, 2))(45, 1, 'own')?.weeks).toEqual([0, 4]);
  });

  it('compares within the same 10-point intake band', () => {
    const model = expectedChangeModel(clinic(30));
    expect(model(40, 10, 'own')?.intakeBand).toEqual([40, 50]);
    expect(model(49.9, 10, 'own')?.intakeBand).toEqual([40, 50]);
    expect(model(50, 10, 'own')).toBeNull();
    expect(model(39.9, 10, 'own')).toBeNull();
    // 100 belongs to the top band [90, 100]
    const top = expectedChangeModel(clinic(30).map((sample) => ({ ...sample, intake: 92 })));
    expect(top(100, 10, 'own')?.intakeBand).toEqual([90, 100]);
  });

  it('uses follow-up points from 7 days to 52 weeks only', () => {
    // points at 52.5 weeks are dropped; a partner at 50 weeks compares with none
    expect(expectedChangeModel(clinic(30, 52.5))(45, 50, 'own')).toBeNull();
    expect(expectedChangeModel(clinic(30, 52))(45, 50, 'own')).not.toBeNull();
    // points under a week after intake are no follow-up
    expect(expectedChangeModel(clinic(30, 0.5))(45, 1, 'own')).toBeNull();
    expect(expectedChangeModel(clinic(30, 1))(45, 1, 'own')).not.toBeNull();
  });
});

describe('expectedChangeModel against its definition', () => {
  /** The definition spelled out, with no indexing: filter, take each partner's nearest, percentiles. */
  function byDefinition(samples: FollowUpSample[], intake: number, weeks: number, own: string) {
    const band = Math.min(Math.floor(intake / 10) * 10, 90);
    const nearest = new Map<string, FollowUpSample>();
    for (const sample of samples) {
      const sampleBand = Math.min(Math.floor(sample.intake / 10) * 10, 90);
      if (sampleBand !== band || sample.episodeId === own) continue;
      if (sample.weeks < 1 || sample.weeks > 52 || Math.abs(sample.weeks - weeks) > 3) continue;
      const key = `${sample.episodeId}/${sample.clientId}`;
      const kept = nearest.get(key);
      const distance = Math.abs(sample.weeks - weeks);
      if (
        !kept ||
        distance < Math.abs(kept.weeks - weeks) ||
        (distance === Math.abs(kept.weeks - weeks) && sample.weeks < kept.weeks)
      ) {
        nearest.set(key, sample);
      }
    }
    const couples = new Set([...nearest.values()].map((sample) => sample.episodeId)).size;
    if (couples < 30) return null;
    const changes = [...nearest.values()].map((sample) => sample.change).sort((a, b) => a - b);
    const at = (p: number) => {
      const rank = (changes.length - 1) * p;
      const below = Math.floor(rank);
      return changes[below] + (changes[Math.ceil(rank)] - changes[below]) * (rank - below);
    };
    return { low: at(0.1), median: at(0.5), couples, partners: changes.length };
  }

  it('gives every partner of a random clinic the same answer as the definition', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const samples: FollowUpSample[] = [];
    for (let episode = 0; episode < 120; episode += 1) {
      for (const client of ['a', 'b']) {
        const intake = Math.round(30 + next() * 40);
        // whole and half weeks, so ties in distance happen
        for (let point = 0; point < 6; point += 1) {
          samples.push({
            episodeId: `e${episode}`,
            clientId: client,
            intake,
            weeks: Math.round(next() * 110) / 2,
            change: Math.round((next() * 40 - 10) * 10) / 10,
          });
        }
      }
    }
    const model = expectedChangeModel(samples);
    let answered = 0;
    for (const sample of samples.slice(0, 300)) {
      const expected = byDefinition(samples, sample.intake, sample.weeks, sample.episodeId);
      const actual = model(sample.intake, sample.weeks, sample.episodeId);
      if (expected === null) {
        expect(actual).toBeNull();
      } else {
        answered += 1;
        expect(actual).toMatchObject({
          couples: expected.couples,
          partners: expected.partners,
          low: expect.closeTo(expected.low, 10),
          median: expect.closeTo(expected.median, 10),
        });
      }
    }
    // the sample is large enough for many answers and small enough for some nulls
    expect(answered).toBeGreaterThan(50);
    expect(answered).toBeLessThan(300);
  });
});
