import { Button, Group, List, Modal, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { ExportDocument } from '../../../shared/statement/statement-document';
import classes from './PrintDocument.module.css';

/**
 * An export document laid out for paper. Printing it uses the system dialog, which also
 * offers "Save as PDF" (in the desktop app and in the browser preview alike).
 */
export function PrintDocumentModal({ document, opened, onClose }: { document: ExportDocument; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} fullScreen title="Print view" classNames={{ header: classes.noPrint }}>
      <Group justify="flex-end" className={classes.noPrint}>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          Print or save as PDF
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
