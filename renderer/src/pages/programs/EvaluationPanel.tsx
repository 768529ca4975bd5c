import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFlag, IconHelpCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { CASE_MIX_CATEGORY_LABELS, CASE_MIX_STRENGTH_LABELS } from '../../../../shared/programs/case-mix-categories';
import { CASE_VOLUME_BENCHMARKS, describeFigureDisagreement, NEAR_FLOOR_SHARE } from '../../../../shared/programs/case-volume';
import { evaluateProgram, type ProgramEvaluation } from '../../../../shared/programs/evaluation';
import { questionsFromUnknowns } from '../../../../shared/programs/interview-questions';
import { VOLUME_FIGURE_KIND_LABELS, type Program } from '../../../../shared/programs/program-schema';
import { volumeReading } from '../../../../shared/programs/program-summary';
import { CORE_IR_CLASSES_ON_SERVICE, type LearnersOnService } from '../../../../shared/programs/resident-estimate';
import {
  AUTONOMY_WORDS,
  BOOST_WORDS,
  BREADTH_WORDS,
  COMPETITION_WORDS,
  IMG_WORDS,
  TRANSPARENCY_WORDS,
  VOLUME_TONE_COLORS,
} from './evaluation-words';
import { formatCount } from '../../../../shared/format-count';
import { listInWords } from '../../../../shared/in-words';
import { CONFIDENCE_LABELS, VOLUME_SOURCE_LABELS } from './program-labels';
import { localToday } from '../../../../shared/local-today';

const { graduationTotal: GRAD, perCoreIrYear: PER_YEAR } = CASE_VOLUME_BENCHMARKS;
const NEAR_FLOOR = { from: GRAD.floor * (1 - NEAR_FLOOR_SHARE), upTo: GRAD.floor * (1 + NEAR_FLOOR_SHARE) };

function Panel({ title, badge, children }: { title: string; badge?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={4}>{title}</Title>
        {badge}
      </Group>
      {children}
    </Card>
  );
}

function CaseVolumePanel({ evaluation }: { evaluation: ProgramEvaluation }) {
  const reading = volumeReading(evaluation.caseVolume, evaluation.volumeDisagreements);
  const disagreements = evaluation.volumeDisagreements;
  // The figure in use for each kind, then the one that disagrees with it, so both are in view.
  const figures = Object.values(evaluation.volumeFigures).flatMap((figure) => {
    const other = disagreements.find((d) => d.used.id === figure.id)?.other;
    return other ? [{ figure, disagrees: false }, { figure: other, disagrees: true }] : [{ figure, disagrees: false }];
  });
  return (
    <Panel
      title="Case volume"
      badge={
        <Badge size="lg" variant="light" color={VOLUME_TONE_COLORS[reading.tone]}>
          {reading.label}
        </Badge>
      }
    >
      <Stack gap="sm">
        {evaluation.caseVolume.basis === 'service-only' && (
          <Alert color="orange" icon={<IconAlertTriangle />} title="This is the whole department's number">
            A departmental total counts every case the IR service does in a year, including those done by attendings alone,
            fellows and APPs. It is not what residents log, so it cannot be read against the resident benchmarks below. Ask
            for the number of procedures a graduating resident has logged.
          </Alert>
        )}
        {(evaluation.volumeDoubts.total || evaluation.volumeDoubts.perYear) && (
          <Alert color="orange" icon={<IconAlertTriangle />} title="A figure here is hard to believe">
            {[evaluation.volumeDoubts.total, evaluation.volumeDoubts.perYear].filter(Boolean).join('; and ')}. It is set aside
            until you check it: look for a typo, then ask the program again.
          </Alert>
        )}
        {disagreements.length > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle />} title="Figures of the same kind disagree" data-testid="figures-disagree">
            {disagreements.map(describeFigureDisagreement).join('; and ')}. The reading below uses the figure you trust
            most (higher confidence, then the more recent), but one of them is wrong or out of date: ask which is right for
            the current class. Until then a strong total raises no green flag.
          </Alert>
        )}
        {evaluation.caseVolume.unconfirmed && (
          <Text size="sm" c="dimmed">
            Unconfirmed: you marked this figure low confidence, so it raises no green flag, and the ranking counts it halfway
            between its own value and unknown until someone confirms it.
          </Text>
        )}
        {evaluation.caseVolume.basis === 'none' && (
          <Text size="sm" c="dimmed">
            No figures yet. Add one in Details to read this program against the benchmarks.
          </Text>
        )}
        {figures.length > 0 && (
          <Table withRowBorders={false} verticalSpacing={2} aria-label="Figures used">
            <Table.Tbody>
              {figures.map(({ figure, disagrees }) => (
                <Table.Tr key={figure.id} data-disagrees={disagrees || undefined}>
                  <Table.Td>
                    <Text size="sm">{VOLUME_FIGURE_KIND_LABELS[figure.kind]}</Text>
                    {disagrees && (
                      <Text size="xs" c="orange.8">
                        Disagrees with the figure above; not used
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatCount(figure.value)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {VOLUME_SOURCE_LABELS[figure.source]}, {figure.learnedOn}, {CONFIDENCE_LABELS[figure.confidence].toLowerCase()}{' '}
                      confidence
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <div>
          <Text size="sm" fw={500}>
            Benchmarks for what a resident logs
          </Text>
          <List size="sm" spacing={2}>
            <List.Item>
              By graduation: under about {formatCount(GRAD.floor)} is a warning sign; {formatCount(GRAD.strongFrom)}–
              {formatCount(GRAD.strongTypicalUpTo)}+ is strong; in between is adequate. Within about {formatCount(GRAD.floor - NEAR_FLOOR.from)} of
              the floor ({formatCount(NEAR_FLOOR.from)}–{formatCount(NEAR_FLOOR.upTo - 1)}) a figure is read as near the floor: too close to
              call either way.
            </List.Item>
            <List.Item>
              Per core IR year: {PER_YEAR.busyFrom}–{PER_YEAR.busyUpTo}+ is common at busy centers, before call cases.
            </List.Item>
          </List>
          <Text size="xs" c="dimmed" mt={4}>
            Ballpark figures that people in IR training cite, not a number any board sets; from {GRAD.source} (undated; read in {GRAD.year}).
          </Text>
        </div>
      </Stack>
    </Panel>
  );
}

const UNCOUNTED_WORDS: Record<LearnersOnService['uncounted'][number], string> = {
  independentFellows: 'independent fellows',
  esirResidents: 'ESIR residents',
};

/** Why nothing can be divided: every trainee group is 0, or the known ones are and the rest are not known yet. */
function noTraineesInWords(learners: LearnersOnService): string {
  if (learners.uncounted.length === 0) {
    return 'No estimate: residents per class, independent fellows and ESIR residents are all 0, so there are no trainees on service to divide the cases among. If trainees do take cases here, correct those numbers in Details.';
  }
  const unknown = listInWords(learners.uncounted.map((group) => UNCOUNTED_WORDS[group]));
  return `No estimate: with 0 residents per class and no number yet for ${unknown}, there are no trainees counted on service to divide the cases among. Add the number of ${unknown} in Details.`;
}

function EstimatePanel({ evaluation, program }: { evaluation: ProgramEvaluation; program: Program }) {
  const { estimate, learnersOnService: learners, estimateDisagreement: gap } = evaluation;
  const departmental = evaluation.volumeFigures['departmental-annual'];
  const missing = [
    !departmental && 'a departmental yearly figure',
    program.traineeSharePercent === null && 'the share of cases trainees do',
    !learners && 'the number of IR residents per class',
  ].filter((x): x is string => typeof x === 'string');
  return (
    <Panel
      title="Per-resident estimate"
      badge={
        <Badge variant="outline" color="gray">
          estimate
        </Badge>
      }
    >
      {estimate ? (
        <Stack gap={4}>
          <Text size="sm">
            Estimate: about <b>{formatCount(estimate.perLearnerAnnual)}</b> procedures per trainee per year.
          </Text>
          <Text size="sm" c="dimmed" ff="monospace">
            {formatCount(estimate.inputs.departmentalAnnual)} departmental a year × {estimate.inputs.traineeSharePercent}% trainee share
            ÷ {estimate.inputs.learnersOnService} learners on service
          </Text>
          {gap && (
            <Alert color="yellow" icon={<IconAlertTriangle />} p="xs" title="Far from what the program says">
              This estimate is {gap.direction === 'higher' ? 'more than twice' : 'less than half'} the program’s own figure of{' '}
              {gap.stated.kind === 'resident-per-core-year'
                ? `${formatCount(gap.stated.value)} a core IR year`
                : `${formatCount(gap.stated.value)} by graduation (about ${formatCount(gap.statedPerYear)} a core IR year on the same scale)`}
              . The stated figure is the one used; ask how the department’s cases are shared among trainees.
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            Learners on service = IR residents per class × {CORE_IR_CLASSES_ON_SERVICE} (the core IR years) + independent fellows +
            ESIR residents. This is our rough arithmetic, not a number the program gave.
            {learners && learners.uncounted.length > 0 && ' Some groups were unknown and counted as zero, so it may run high.'}
          </Text>
        </Stack>
      ) : missing.length === 0 && learners?.count === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-trainees-on-service">
          {noTraineesInWords(learners)}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No estimate yet. It needs {listInWords(missing) || 'all three inputs'}: departmental annual × trainee share ÷ learners
          on service.
        </Text>
      )}
    </Panel>
  );
}

function CaseMixPanel({ evaluation }: { evaluation: ProgramEvaluation }) {
  const mix = evaluation.caseMix;
  return (
    <Panel
      title="Case mix"
      badge={
        <Badge variant="light" color="indigo">
          {BREADTH_WORDS[mix.breadthLevel]} · {mix.breadth} of {mix.outOf} kinds
        </Badge>
      }
    >
      <Text size="sm" mb={6}>
        Advanced work covered: {mix.advancedCoverage} of {mix.advanced.length}
      </Text>
      <List size="sm" spacing={4}>
        {mix.advanced.map((entry) => (
          <List.Item key={entry.category}>
            {CASE_MIX_CATEGORY_LABELS[entry.category]}: <b>{CASE_MIX_STRENGTH_LABELS[entry.effective]}</b>
            {entry.boostedBy && (
              <Text span size="xs" c="dimmed">
                {' '}
                (you said “{CASE_MIX_STRENGTH_LABELS[entry.stated].toLowerCase()}”; raised one step because{' '}
                {BOOST_WORDS[entry.boostedBy]})
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Panel>
  );
}

function Reading({ title, words, detail }: { title: string; words: { label: string; color: string; explain: string }; detail?: string }) {
  return (
    <Card withBorder padding="sm" component="section" aria-label={title}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Badge variant="light" color={words.color}>
          {words.label}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {words.explain}
        {detail ? ` ${detail}` : ''}
      </Text>
    </Card>
  );
}

const ratio = (value: number | null) => (value === null ? null : value.toFixed(1));

/** Everything here comes from evaluateProgram; this component only puts it into words. */
export function EvaluationPanel({ program }: { program: Program }) {
  const context = { asOf: localToday() };
  const evaluation = evaluateProgram(program, context);
  const questions = questionsFromUnknowns(program, context);
  const { competition, transparency } = evaluation;
  const others = ratio(competition.othersPerResident);

  return (
    <Stack gap="md">
      <CaseVolumePanel evaluation={evaluation} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <EstimatePanel evaluation={evaluation} program={program} />
        <CaseMixPanel evaluation={evaluation} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Reading
          title="Competition"
          // With no integrated residents there is no ratio: the reading says who takes the cases instead.
          words={competition.note ? { ...COMPETITION_WORDS[competition.level], explain: competition.note } : COMPETITION_WORDS[competition.level]}
          detail={others ? `${others} others per senior resident.` : undefined}
        />
        <Reading title="Autonomy" words={AUTONOMY_WORDS[evaluation.autonomy.level]} />
        <Reading title="IMG-friendliness" words={IMG_WORDS[evaluation.imgFriendliness.level]} />
        <Reading
          title="Transparency"
          words={TRANSPARENCY_WORDS[transparency.level]}
          detail={
            transparency.level === 'unknown'
              ? undefined
              : `${transparency.specific} specific, ${transparency.vague} vague, ${transparency.evasive} evasive; ${transparency.aboutNumbers.answered} of them about case numbers.`
          }
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Panel title="Red flags" badge={<Badge color="red">{evaluation.flags.red.length}</Badge>}>
          {evaluation.flags.red.length === 0 ? (
            <Text size="sm" c="dimmed">
              None from what you have recorded.
            </Text>
          ) : (
            <List size="sm" spacing={6} icon={<ThemeIcon color="red" size={20} radius="xl" variant="light"><IconFlag size={12} /></ThemeIcon>}>
              {evaluation.flags.red.map((flag) => (
                <List.Item key={flag.id}>{flag.reason}</List.Item>
              ))}
            </List>
          )}
        </Panel>
        <Panel title="Green flags" badge={<Badge color="teal">{evaluation.flags.green.length}</Badge>}>
          {evaluation.flags.green.length === 0 ? (
            <Text size="sm" c="dimmed">
              None yet.
            </Text>
          ) : (
            <List size="sm" spacing={6} icon={<ThemeIcon color="teal" size={20} radius="xl" variant="light"><IconCircleCheck size={12} /></ThemeIcon>}>
              {evaluation.flags.green.map((flag) => (
                <List.Item key={flag.id}>{flag.reason}</List.Item>
              ))}
            </List>
          )}
        </Panel>
      </SimpleGrid>
      <Panel title="Questions to ask" badge={<Badge variant="light">{questions.length}</Badge>}>
        {questions.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing important is unknown. The interview sheet still has the standard questions.
          </Text>
        ) : (
          <Stack gap="xs">
            {questions.map(({ question, reason }) => (
              <Group key={question.id} gap="sm" align="flex-start" wrap="nowrap">
                <ThemeIcon variant="light" size={22} radius="xl" mt={2}>
                  <IconHelpCircle size={14} />
                </ThemeIcon>
                <div>
                  <Text size="sm">{question.text}</Text>
                  <Text size="xs" c="dimmed">
                    Why: {reason}
                  </Text>
                </div>
              </Group>
            ))}
          </Stack>
        )}
      </Panel>
    </Stack>
  );
}
