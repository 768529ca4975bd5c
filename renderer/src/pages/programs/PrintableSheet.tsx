import { Button, Group, List, Modal, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { buildInterviewSheet, type InterviewSheetItem } from '../../../../shared/programs/interview-questions';
import type { Program } from '../../../../shared/programs/program-schema';
import classes from '../../components/PrintDocument.module.css';
import { localToday } from '../../../../shared/local-today';

function Questions({ title, entries }: { title: string; entries: InterviewSheetItem[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <Title order={4} mt="sm">
        {title}
      </Title>
      <List spacing={4} size="sm">
        {entries.map((entry) => (
          <List.Item key={entry.question.id}>
            {entry.answered ? '☒' : '☐'} {entry.question.text}
            {entry.reason && (
              <Text size="xs" c="dimmed">
                Why: {entry.reason}
              </Text>
            )}
            {entry.answer && (
              <Text size="xs">
                Answer ({entry.answer.answeredBy}, {entry.answer.clarity}): {entry.answer.answer}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </>
  );
}

/** A plain, ink-friendly version of the interview sheet, printed on its own. */
export function PrintableSheet({ program, opened, onClose }: { program: Program; opened: boolean; onClose: () => void }) {
  const sheet = buildInterviewSheet(program, { asOf: localToday() });
  const place = [program.institution, [program.city, program.state].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
  return (
    <Modal opened={opened} onClose={onClose} fullScreen title="Print view" classNames={{ header: classes.noPrint }}>
      <Group justify="flex-end" className={classes.noPrint}>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          Print
        </Button>
      </Group>
      <div className={classes.sheet}>
        <Title order={2}>Interview sheet: {program.name}</Title>
        {place && <Text c="dimmed">{place}</Text>}
        <Questions title="Fill these gaps first" entries={sheet.items.filter((i) => i.origin === 'unknown')} />
        <Questions
          title="For faculty"
          entries={sheet.items.filter((i) => i.origin === 'standard' && i.question.audience === 'faculty')}
        />
        <Questions
          title="For current residents"
          entries={sheet.items.filter((i) => i.origin === 'standard' && i.question.audience === 'resident')}
        />
        <Title order={4} mt="sm">
          Warning signs to check with residents
        </Title>
        <List spacing={4} size="sm">
          {sheet.checklist.map(({ item, answer }) => (
            <List.Item key={item.id}>
              {answer ? '☒' : '☐'} {item.text}
              {answer ? ` — ${answer.answer}` : ''}
            </List.Item>
          ))}
        </List>
      </div>
    </Modal>
  );
}
