/**
 * Ends every run with one plain line, `N passed, N failed`, that CI reads as the result.
 * A suite that failed to load counts as a failure too, so a broken file cannot hide.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed\n`);
  }
}

module.exports = SummaryReporter;
