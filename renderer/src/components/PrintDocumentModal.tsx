import { Button, Group, List, Modal, Text, Title } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExportDocument } from '../../../shared/statement/statement-document';
import { api, notifyFailure } from '../api';
import { downloadBlob } from '../download';
import classes from './PrintDocument.module.css';

/**
 * The desktop app renders the print view to PDF itself (Electron's printToPDF); the
 * browser preview cannot, so there the browser's print dialog offers "Save as PDF".
 */
async function saveAsPdf(fileName: string): Promise<void> {
  const result = await api()['app:print-pdf']();
  if (result.ok) {
    const bytes = Uint8Array.from(atob(result.value.base64), (char) => char.charCodeAt(0));
    downloadBlob(fileName, new Blob([bytes], { type: 'application/pdf' }));
  } else if (result.error.code === 'unsupported') {
    window.print();
  } else {
    notifyFailure(new Error(result.error.message), 'The PDF could not be made');
  }
}

/** An export document laid out for paper, to print or save as PDF. */
export function PrintDocumentModal({ document, opened, onClose, pdfName }: { document: ExportDocument; opened: boolean; onClose: () => void; pdfName: string }) {
  const [saving, setSaving] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} fullScreen title="Print view" classNames={{ header: classes.noPrint }}>
      <Group justify="flex-end" className={classes.noPrint}>
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={16} />}
          loading={saving}
          onClick={() => {
            setSaving(true);
            void saveAsPdf(pdfName).finally(() => setSaving(false));
          }}
        >
          Save as PDF
        </Button>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          Print
        </Button>
      </Group>
      <div className={classes.sheet} aria-label="Printable document">
        <Title order={2} mb="sm">
          {document.title}
        </Title>
        {document.blocks.map((block, index) =>
          block.kind === 'heading' ? (
            <Title key={index} order={block.level + 1 > 6 ? 6 : ((block.level + 1) as 2 | 3 | 4)} mt="md" mb={4}>
              {block.text}
            </Title>
          ) : block.kind === 'paragraph' ? (
            <Text key={index} mb="xs">
              {block.text}
            </Text>
          ) : (
            <List key={index} mb="xs" size="sm">
              {block.items.map((item, itemIndex) => (
                <List.Item key={itemIndex}>{item}</List.Item>
              ))}
            </List>
          ),
        )}
      </div>
    </Modal>
  );
}
