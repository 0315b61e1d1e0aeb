/** Which mutants the static pass of `npm run mutate -- --static` measures (shared by scripts/mutate.mjs and scripts/mutation-report.mjs). */

/**
 * A static mutant the main run could not measure: left out (ignored), or run after its module had loaded (Stryker
 * counts a module-level value as covered by the test that first imported it, then activates the mutant too late),
 * so "survived" says nothing. One the main run killed stays killed.
 */
export function isStaticLeft(m) {
  return (m.status === 'Ignored' && /static/i.test(m.statusReason ?? '')) || (m.static === true && (m.status === 'Survived' || m.status === 'NoCoverage'));
}
