import { ActionIcon, Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { RESEARCH_OUTPUT_TYPE_LABELS, type ResearchOutput } from '../../../../shared/exposure/research-output-schema';
import { api, notifyFailure, unwrap } from '../../api';
import { formatDay } from './format';
import { ResearchStatusProgress } from './ResearchStatusProgress';

// Links leave the app through the main process, which opens only https addresses in the system browser.
const openExternal = async (url: string) => {
  try {
    unwrap(await api()['app:open-external']({ url }));
  } catch (error) {
    notifyFailure(error, 'The link could not be opened');
  }
};

function ExternalLink({ url, children }: { url: string; children: string }) {
  return (
    <Anchor
      size="xs"
      href={url}
      onClick={(event) => {
        event.preventDefault();
        void openExternal(url);
      }}
    >
      {children}
    </Anchor>
  );
}

interface ResearchOutputItemProps {
  output: ResearchOutput;
  onEdit: () => void;
  onDelete: () => void;
}

export function ResearchOutputItem({ output, onEdit, onDelete }: ResearchOutputItemProps) {
  const where = [output.venue, output.date ? formatDay(output.date) : ''].filter(Boolean).join(' · ');
  return (
    <Paper withBorder p="sm" radius="md" component="li" aria-label={output.title} style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge size="sm" variant="outline" color="gray">
              {RESEARCH_OUTPUT_TYPE_LABELS[output.type]}
            </Badge>
            <ResearchStatusProgress status={output.status} />
          </Group>
          <Text size="sm" fw={600}>
            {output.title}
          </Text>
          {where && (
            <Text size="xs" c="dimmed">
              {where}
            </Text>
          )}
          {output.authors && <Text size="xs">{output.authors}</Text>}
          {(output.doi || output.pmid || output.link) && (
            <Group gap="md">
              {output.doi && <ExternalLink url={`https://doi.org/${output.doi}`}>{`DOI ${output.doi}`}</ExternalLink>}
              {output.pmid && <ExternalLink url={`https://pubmed.ncbi.nlm.nih.gov/${output.pmid}/`}>{`PMID ${output.pmid}`}</ExternalLink>}
              {output.link && <ExternalLink url={output.link}>Link</ExternalLink>}
            </Group>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" aria-label={`Edit output “${output.title}”`} onClick={onEdit}>
            <IconPencil size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`Delete output “${output.title}”`} onClick={onDelete}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  );
}
