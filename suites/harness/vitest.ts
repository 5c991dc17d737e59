import { afterAll, beforeAll, describe, it } from 'vitest';
import type { VendorId } from '../../contracts/core/index.ts';
import { buildReport, renderTerminal } from './report.ts';
import { runScenario, type Scenario, type ScenarioResult } from './scenario.ts';
import type { Target } from './target.ts';
import { httpTarget, inProcessTarget, realTargetFromEnv, type OwnedTarget } from './targets.ts';

/**
 * Registers a vendor's scenarios with vitest against every target: the emulator in-process, the
 * emulator over HTTP and, when its environment variables are set, a real system. A scenario that
 * cannot run on a target is reported skipped with its reason, never passed.
 */
export function conformanceSuite(vendor: VendorId, scenarios: readonly Scenario[]): void {
  const results: ScenarioResult[] = [];

  const register = (label: string, acquire: () => Promise<OwnedTarget | Target | string>) => {
    describe(label, () => {
      let owned: OwnedTarget | undefined;
      let target: Target | undefined;
      let unavailable: string | undefined;
      beforeAll(async () => {
        const got = await acquire();
        if (typeof got === 'string') unavailable = got;
        else if ('target' in got) {
          owned = got;
          target = got.target;
        } else target = got;
      });
      afterAll(async () => {
        await owned?.close();
        // The per-operation summary of this target, as `conformance` prints it.
        const mine = results.filter((r) => r.target === target?.name);
        if (!target || mine.length === 0) return;
        const { loadPack } = await import('../../emulator/packs.ts');
        const report = buildReport({
          vendor,
          target: { name: target.name, kind: target.kind, url: target.baseUrl },
          contracts: (await loadPack(vendor)).contracts,
          results: mine,
          scenarioOperations: new Map(scenarios.map((s) => [s.id, s.operations])),
          startedAt: new Date(),
          finishedAt: new Date(),
          options: { allowMutations: target.allowMutations, numberRange: `${target.numberRange.from}-${target.numberRange.to}` },
          interrupted: false,
        });
        process.stdout.write(`\n${renderTerminal(report)}`);
      });
      for (const scenario of scenarios) {
        it(`${scenario.id}: ${scenario.title}`, async (ctx) => {
          if (!target) return ctx.skip(unavailable ?? 'target unavailable');
          const result = await runScenario(scenario, target);
          results.push(result);
          if (result.status === 'skipped') return ctx.skip(result.reason);
          const problems = [
            ...(result.status === 'failed' ? [result.error ?? 'failed'] : []),
            ...(result.leftovers.length > 0 ? [`cleanup left things behind:\n${result.leftovers.join('\n')}`] : []),
          ];
          if (problems.length > 0) throw new Error(problems.join('\n'));
        });
      }
    });
  };

  register(`${vendor}: emulator in-process`, () => inProcessTarget(vendor));
  register(`${vendor}: emulator over HTTP`, () => httpTarget(vendor));
  register(`${vendor}: real system`, () => realTargetFromEnv(vendor));
}
