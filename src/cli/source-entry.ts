// The CLI run from source (`node --import tsx src/cli/source-entry.ts …`): what tests of src/ as a process
// start. The published CLI starts at src/cli/bin.ts, which loads the bundle of src/cli/cli-main.ts.
import { start } from './cli-main.js';

await start();
