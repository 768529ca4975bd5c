import { Button } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { notifyFailure } from '../../api';

/** Copies one entry's ready plain-text block, to paste field by field into MyERAS. */
export function CopyEntryButton({ text, name }: { text: string; name: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch (caught) {
      notifyFailure(caught, 'The entry could not be copied');
    }
  };

  return (
    <Button size="compact-sm" variant="light" leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />} onClick={() => void copy()} aria-label={`Copy ${name} as plain text`}>
      {copied ? 'Copied' : 'Copy'}
    </Button>
  );
}
