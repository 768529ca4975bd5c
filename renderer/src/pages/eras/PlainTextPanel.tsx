import { Alert, Button, List, Text } from '@mantine/core';
import { PLAIN_TEXT_CHANGE_LABELS, type PlainTextResult } from '../../../../shared/statement/eras-plain-text';

/** What ERAS's plain text will not keep, with a one-click replacement by the cleaned text. */
export function PlainTextPanel({ result, onUse, field }: { result: PlainTextResult; onUse: (text: string) => void; field: string }) {
  if (result.changes.length === 0) return null;
  return (
    // A named group around the alert: the alert's own name is its title.
    <div role="group" aria-label={`Plain-text check: ${field}`}>
      <Alert color="yellow" variant="light" title="ERAS takes plain text">
        <Text size="sm">These will not survive as typed (the character count is of the plain text ERAS will receive):</Text>
        <List size="sm" mb="xs">
          {result.changes.map((change) => (
            <List.Item key={change.kind}>
              {PLAIN_TEXT_CHANGE_LABELS[change.kind]} ({change.count}, e.g. {change.example})
            </List.Item>
          ))}
        </List>
        <Button size="compact-sm" variant="light" onClick={() => onUse(result.text)}>
          Use plain text
        </Button>
      </Alert>
    </div>
  );
}
