import { Button, Group, List, Modal, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import {
  SHEET_BOX,
  SHEET_FOOTNOTE,
  answerHeading,
  buildInterviewSheet,
  interviewSheetSections,
  type InterviewSheetItem,
} from '../../../../shared/programs/interview-questions';
import type { Program } from '../../../../shared/programs/program-schema';
import classes from '../../components/PrintDocument.module.css';
import { localToday } from '../../../../shared/local-today';

/** The box before each item is its only marker: the list's own bullets are turned off. */
function Questions({ title, entries }: { title: string; entries: InterviewSheetItem[] }) {
  return (
    <>
      <Title order={4} mt="sm">
        {title}
      </Title>
      <List spacing={4} size="sm" listStyleType="none">
        {entries.map((entry) => (
          <List.Item key={entry.question.id}>
            {SHEET_BOX[entry.status]} {entry.question.text}
            {entry.reason && (
              <Text size="xs" c="dimmed">
                Why: {entry.reason}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              Listen for: {entry.question.listenFor}
            </Text>
            {entry.answer && (
              <Text size="xs">
                {answerHeading(entry.answer)}: {entry.answer.answer}
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
        {interviewSheetSections(sheet).map(({ title, items }) => (
          <Questions key={title} title={title} entries={items} />
        ))}
        <Title order={4} mt="sm">
          Warning signs to check with residents
        </Title>
        <List spacing={4} size="sm" listStyleType="none">
          {sheet.checklist.map(({ item, answer }) => (
            <List.Item key={item.id}>
              {answer ? SHEET_BOX.answered : SHEET_BOX.open} {item.text}
              {answer ? ` — ${answer.answer}` : ''}
            </List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" mt="sm">
          {SHEET_FOOTNOTE}
        </Text>
      </div>
    </Modal>
  );
}
