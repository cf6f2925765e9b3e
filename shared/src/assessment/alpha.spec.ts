import { cronbachAlpha } from './alpha';

describe('cronbachAlpha', () => {
  it('matches a hand-computed 4 × 3 example', () => {
    const matrix = [
      [1, 2, 2],
      [2, 2, 3],
      [3, 4, 3],
      [4, 4, 5],
    ];
    // item 1: 1,2,3,4  mean 2.5   Σd² = 2.25+0.25+0.25+2.25 = 5      var = 5/3
    // item 2: 2,2,4,4  mean 3     Σd² = 1+1+1+1 = 4                   var = 4/3
    // item 3: 2,3,3,5  mean 3.25  Σd² = 1.5625+0.0625+0.0625+3.0625 = 4.75  var = 4.75/3
    // Σ item variances = 13.75/3
    // totals: 5,7,10,13  mean 8.75  Σd² = 14.0625+3.0625+1.5625+18.0625 = 36.75  var = 36.75/3
    // α = 3/2 · (1 − 13.75/36.75) = 1.5 · 23/36.75 = 46/49 ≈ 0.938776
    expect(cronbachAlpha(matrix)).toBeCloseTo(46 / 49, 10);
    expect(cronbachAlpha(matrix)).toBeCloseTo(0.938776, 6);
  });

  it('can be negative when items disagree', () => {
    // items: 1,2,3 and 3,2,1 → var 1 each; totals 4,4,4 have no variance → null
    expect(
      cronbachAlpha([
        [1, 3],
        [2, 2],
        [3, 1],
      ]),
    ).toBeNull();
    // items: 1,2,3 (var 1) and 3,1,2 (var 1); totals 4,3,5 mean 4 var (0+1+1)/2 = 1
    // α = 2/1 · (1 − 2/1) = −2
    expect(
      cronbachAlpha([
        [1, 3],
        [2, 1],
        [3, 2],
      ]),
    ).toBeCloseTo(-2, 10);
  });

  it('is null when it cannot be estimated', () => {
    expect(cronbachAlpha([])).toBeNull();
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull(); // one respondent
    expect(cronbachAlpha([[1], [2], [3]])).toBeNull(); // one item
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3, 4],
        [3, 4],
      ]),
    ).toBeNull(); // ragged
    expect(
      cronbachAlpha([
        [3, 3],
        [3, 3],
        [3, 3],
      ]),
    ).toBeNull(); // zero total variance
    expect(
      cronbachAlpha([
        [1, 2],
        [2, Number.NaN],
      ]),
    ).toBeNull(); // not a number
  });
});
