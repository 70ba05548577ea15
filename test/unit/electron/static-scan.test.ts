// The root vitest include has no test/static yet: this shim runs the static security scan in the
// default suite. Remove it once vitest.config.ts includes test/static/**/*.test.ts.
import '../../static/electronegativity.test';
