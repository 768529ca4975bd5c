import { Grid, Stack, Tabs } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconColumns, IconFlag, IconGridDots, IconListNumbers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { proceduresByCategory } from '../../../../shared/exposure/exposure-summary';
import { completeRankOrder } from '../../../../shared/programs/rank-list';
import { createProgramRanker } from '../../../../shared/programs/scoring';
import { categoryExposure } from '../../../../shared/programs/thin-exposure';
import { tiedPlaces } from '../../../../shared/programs/tied-places';
import { CaseMixHeatmap } from './CaseMixHeatmap';
import { CompareCard } from './CompareCard';
import { ComputedRankingCard } from './ComputedRankingCard';
import type { RankingData } from './load-ranking-data';
import { RankListCard } from './RankListCard';
import { SignalsPanel } from './SignalsPanel';
import { StabilityCard } from './StabilityCard';
import { useSavedRankOrder } from './use-saved-rank-order';
import { useSavedWeights } from './use-saved-weights';
import { WeightsCard } from './WeightsCard';

/** Everything on the page, for one load of the data; remounted when the data file is replaced. */
export function RankingWorkspace({ data }: { data: RankingData }) {
  const { shortlist, profile, exposure, asOf } = data;
  const { weights, saveState, change } = useSavedWeights(shortlist.rankingWeights);
  // Registered here, above the tabs: a hidden tab's own effects are cleaned up (see SignalSettingsCard).
  const [signalSettingsDirty, setSignalSettingsDirty] = useState(false);
  useUnsavedChanges('the signal settings', signalSettingsDirty);

  // A withdrawn program is out of the match: the computed ranking leaves it out, the rank list marks it.
  const withdrawn = useMemo(() => shortlist.programs.filter((p) => p.status === 'withdrawn'), [shortlist.programs]);
  const withdrawnNames = useMemo(() => withdrawn.map((p) => p.name), [withdrawn]);
  const withdrawnIds = useMemo(() => new Set(withdrawn.map((p) => p.id)), [withdrawn]);
  const active = useMemo(() => shortlist.programs.filter((p) => p.status !== 'withdrawn'), [shortlist.programs]);
  // Evaluating is the costly part: once per load. Re-weighting only multiplies and sorts.
  const ranker = useMemo(
    () => createProgramRanker(active, profile?.careerInterest ?? 'undecided', { asOf }),
    [active, profile, asOf],
  );
  const ranked = useMemo(() => ranker.rank(weights), [ranker, weights]);
  // With every weight at zero all programs tie: the order is only by name, so nothing is compared with it.
  const noWeight = Object.values(weights).every((weight) => weight === 0);
  // One notion of a place everywhere: the card's, where programs with the same shown score share one.
  const computed = useMemo(() => {
    if (noWeight) return [];
    const places = tiedPlaces(ranked.map((entry) => entry.score.total));
    return ranked.map((entry, index) => ({ id: entry.program.id, place: places[index]! }));
  }, [ranked, noWeight]);
  const names = useMemo(
    () => new Map(shortlist.programs.map((p) => [p.id, p.status === 'withdrawn' ? `${p.name} (withdrawn)` : p.name])),
    [shortlist.programs],
  );
  const initialOrder = useMemo(() => completeRankOrder(shortlist.rankOrder, shortlist.programs), [shortlist]);
  const ownExposure = useMemo(
    () => categoryExposure(proceduresByCategory(exposure.procedures, exposure.customProcedures).byCategory),
    [exposure],
  );
  const rankList = useSavedRankOrder(initialOrder);
  const programsInYourOrder = useMemo(() => {
    const byId = new Map(shortlist.programs.map((p) => [p.id, p]));
    return rankList.order.map((id) => byId.get(id)!);
  }, [rankList.order, shortlist.programs]);

  return (
    <Tabs defaultValue="computed">
      <Tabs.List mb="md">
        <Tabs.Tab value="computed" leftSection={<IconAdjustmentsHorizontal size={16} />}>
          Weights & score
        </Tabs.Tab>
        <Tabs.Tab value="rank-list" leftSection={<IconListNumbers size={16} />}>
          Rank list
        </Tabs.Tab>
        <Tabs.Tab value="compare" leftSection={<IconColumns size={16} />}>
          Compare
        </Tabs.Tab>
        <Tabs.Tab value="case-mix" leftSection={<IconGridDots size={16} />}>
          Case mix
        </Tabs.Tab>
        <Tabs.Tab value="signals" leftSection={<IconFlag size={16} />}>
          Signals
        </Tabs.Tab>
      </Tabs.List>

      <Tabs.Panel value="computed">
        <Stack>
          <Grid gap="md" align="flex-start">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <WeightsCard weights={weights} saveState={saveState} onChange={change} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <ComputedRankingCard ranked={ranked} withdrawn={withdrawnNames} />
            </Grid.Col>
          </Grid>
          <StabilityCard matrix={ranker.matrix} weights={weights} names={names} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="rank-list">
        <RankListCard
          names={names}
          order={rankList.order}
          computed={computed}
          withdrawnIds={withdrawnIds}
          saveState={rankList.saveState}
          onMove={rankList.move}
        />
      </Tabs.Panel>
      <Tabs.Panel value="compare">
        <CompareCard ranked={ranked} />
      </Tabs.Panel>
      <Tabs.Panel value="case-mix">
        <CaseMixHeatmap ranked={ranked} exposure={ownExposure} />
      </Tabs.Panel>
      <Tabs.Panel value="signals">
        <SignalsPanel
          programs={programsInYourOrder}
          initialSignals={shortlist.signals}
          initialSettings={shortlist.signalSettings}
          currentCycleYear={profile?.targetMatchYear}
          onSettingsDirtyChange={setSignalSettingsDirty}
        />
      </Tabs.Panel>
    </Tabs>
  );
}
