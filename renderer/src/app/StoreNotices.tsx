import { Alert, Code, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLifebuoy } from '@tabler/icons-react';
import { useState } from 'react';
import { useAppInfo } from './app-info-context';

/** What the store did on the user's behalf at start-up (recovery, refusal), said plainly. */
export function StoreNotices() {
  const { info } = useAppInfo();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const notices = (info?.notices ?? []).filter((notice) => !dismissed.includes(notice.title));
  if (notices.length === 0) return null;
  return (
    <Stack gap="sm">
      {notices.map((notice) => (
        <Alert
          key={notice.title}
          role="alert"
          color={notice.kind === 'recovered' ? 'yellow' : 'red'}
          icon={notice.kind === 'recovered' ? <IconLifebuoy /> : <IconAlertTriangle />}
          title={notice.title}
          withCloseButton={notice.kind !== 'newer-version'}
          closeButtonLabel="Dismiss"
          onClose={() => setDismissed((list) => [...list, notice.title])}
        >
          {/* Messages carry their own line breaks: a list of problems, a paragraph on what was done. */}
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {notice.message}
          </Text>
          {notice.path && (
            <Code block mt="xs">
              {notice.path}
            </Code>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
