// `node --import ./bench/measure-hook.mjs dist/cli.cjs …`: at exit, writes the process's CPU time (user +
// system, all threads) and peak RSS to the file named by LB_PLAN_BENCH_OUT, for `npm run bench`.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const cpu = process.cpuUsage();
  const out = process.env.LB_PLAN_BENCH_OUT;
  if (out) writeFileSync(out, JSON.stringify({ cpuMs: Math.round((cpu.user + cpu.system) / 1000), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
});
