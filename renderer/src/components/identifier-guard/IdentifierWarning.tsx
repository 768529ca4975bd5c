import { Alert, Checkbox, Mark, Stack, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { Fragment } from 'react';
import { IDENTIFIER_LABELS, type IdentifierFinding } from '../../../../shared/exposure/find-identifiers';
import type { IdentifierGuard } from './use-identifier-guard';

/** Shows the text with each suspected identifier highlighted and labelled. */
function HighlightedText({ text, findings }: { text: string; findings: readonly IdentifierFinding[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  findings.forEach((finding, index) => {
    parts.push(<Fragment key={`t${index}`}>{text.slice(cursor, finding.start)}</Fragment>);
    parts.push(
      <Mark key={`m${index}`} color="orange" title={IDENTIFIER_LABELS[finding.kind]} data-identifier={finding.kind}>
        {text.slice(finding.start, finding.end)}
      </Mark>,
    );
    cursor = finding.end;
  });
  parts.push(<Fragment key="rest">{text.slice(cursor)}</Fragment>);
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {parts}
    </Text>
  );
}

export function IdentifierWarning({ guard }: { guard: IdentifierGuard }) {
  if (guard.findings.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconShieldExclamation />} title="This may identify a patient" role="alert">
      <Stack gap="xs">
        <Text size="sm">
          Entries must stay de-identified. Edit the highlighted parts, or confirm they are not patient data (for
          example, a colleague's phone number) and save again.
        </Text>
        {guard.findings.map((result) => (
          <div key={result.field}>
            <Text size="xs" fw={600} c="dimmed">
              {result.label} — {[...new Set(result.findings.map((finding) => IDENTIFIER_LABELS[finding.kind]))].join(', ')}
            </Text>
            <HighlightedText text={result.text} findings={result.findings} />
          </div>
        ))}
        <Checkbox
          label="I checked: this is not patient-identifying data"
          checked={guard.confirmed}
          onChange={(event) => guard.setConfirmed(event.currentTarget.checked)}
        />
      </Stack>
    </Alert>
  );
}
