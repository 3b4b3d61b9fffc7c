/*
 * A tiny benchmark harness: runs each case in alternating rounds (so drift of
 * a noisy machine hits all cases alike), reports the median time per
 * operation and the ratio to the baseline measured in the same run. Numbers
 * are for comparison within one run, never for assertions.
 */
export type Case = { name: string; run: () => Promise<unknown> };

export async function compare(title: string, baseline: Case, others: Case[], opts = { rounds: 7, perRound: 200 }) {
  const all = [baseline, ...others];
  const samples = new Map(all.map((c) => [c.name, [] as number[]]));
  for (const c of all) for (let i = 0; i < 20; i++) await c.run(); // warm-up
  for (let r = 0; r < opts.rounds; r++) {
    for (const c of all) {
      const t0 = performance.now();
      for (let i = 0; i < opts.perRound; i++) await c.run();
      samples.get(c.name)!.push((performance.now() - t0) / opts.perRound);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = median(samples.get(baseline.name)!);
  console.log(`\n${title}`);
  for (const c of all) {
    const m = median(samples.get(c.name)!);
    console.log(`  ${c.name.padEnd(48)} ${(m * 1000).toFixed(1).padStart(9)} µs/op   ×${(m / base).toFixed(2)} vs baseline`);
  }
}
