import { Alert, List, Text } from '@mantine/core';
import { PLAIN_TEXT_CHANGE_LABELS, type PlainTextChange } from '../../../../shared/statement/eras-plain-text';

/**
 * What ERAS will convert or drop when the draft is pasted in. It informs and never blocks
 * saving: a draft may keep its curly quotes until the applicant is ready to paste it.
 */
export function DraftPlainTextNotice({ changes }: { changes: readonly PlainTextChange[] }) {
  if (changes.length === 0) return null;
  return (
    // "note", not Mantine's default "alert": this updates as the applicant types and should not interrupt.
    <Alert color="yellow" variant="light" title="ERAS takes plain text" role="note" p="xs">
      <Text size="xs">Pasted into ERAS, this draft will change:</Text>
      <List size="xs">
        {changes.map((change) => (
          <List.Item key={change.kind}>
            {PLAIN_TEXT_CHANGE_LABELS[change.kind]} ({change.count}, e.g. {change.example})
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
