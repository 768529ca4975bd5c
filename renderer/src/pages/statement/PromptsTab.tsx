import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import { PROMPT_LIBRARY, PROMPT_THEME_LABELS, PROMPT_THEMES } from '../../../../shared/statement/prompt-library';
import type { Citation, PersonalPrompt } from '../../../../shared/statement/personal-prompts';
import { citationText, moreInWords } from './evidence-options';
import type { Workspace } from './load-workspace';

const MAX_CITED_SHOWN = 4;

export interface PromptChoice {
  promptId: string;
  evidence: Citation[];
}

function CitedEntries({ citations, workspace }: { citations: readonly Citation[]; workspace: Workspace }) {
  if (citations.length === 0) return null;
  const shown = citations.slice(0, MAX_CITED_SHOWN).map((citation) => citationText(citation, workspace));
  const hidden = citations.slice(MAX_CITED_SHOWN);
  return (
    <Text size="xs" c="dimmed" aria-label="From your log">
      From your log: {shown.join('; ')}
      {hidden.length > 0 ? `; ${moreInWords(hidden)}` : ''}
    </Text>
  );
}

export function PromptsTab({ workspace, prompts, onWrite }: { workspace: Workspace; prompts: readonly PersonalPrompt[]; onWrite: (choice: PromptChoice) => void }) {
  return (
    <Stack>
      <Card withBorder>
        <Title order={4}>From your own log</Title>
        <Text size="sm" c="dimmed" mb="sm">
          Questions built from what you logged. Each names the entries it came from, so the answer is already backed by evidence.
        </Text>
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Prompts from your log">
          {prompts.map((prompt) => (
            <Card component="li" key={prompt.id} withBorder padding="sm" aria-label={prompt.text}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4}>
                  <Badge variant="light" size="sm">
                    {PROMPT_THEME_LABELS[prompt.theme]}
                  </Badge>
                  <Text size="sm" id={`prompt-text-${prompt.id}`}>
                    {prompt.text}
                  </Text>
                  <CitedEntries citations={prompt.citations} workspace={workspace} />
                </Stack>
                {prompt.citations.length > 0 || !prompt.id.startsWith('log-first') ? (
                  // The buttons share a name; each is described by its own prompt.
                  <Button
                    size="xs"
                    variant="light"
                    style={{ flexShrink: 0 }}
                    leftSection={<IconPencilPlus size={14} />}
                    aria-describedby={`prompt-text-${prompt.id}`}
                    onClick={() => onWrite({ promptId: prompt.id, evidence: prompt.citations })}
                  >
                    Write a talking point
                  </Button>
                ) : null}
              </Group>
            </Card>
          ))}
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={4}>Prompt library</Title>
        <Text size="sm" c="dimmed" mb="sm">
          The themes programs look for in an IMG’s statement and interviews.
        </Text>
        <Stack gap="md">
          {PROMPT_THEMES.map((theme) => (
            <div key={theme}>
              <Text fw={600} size="sm">
                {PROMPT_THEME_LABELS[theme]}
              </Text>
              <Stack gap={4} mt={4}>
                {PROMPT_LIBRARY.filter((prompt) => prompt.theme === theme).map((prompt) => (
                  <Group key={prompt.id} justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm">{prompt.text}</Text>
                    <Button size="compact-xs" variant="subtle" style={{ flexShrink: 0 }} aria-label={`Answer: ${prompt.text}`} onClick={() => onWrite({ promptId: prompt.id, evidence: [] })}>
                      Answer
                    </Button>
                  </Group>
                ))}
              </Stack>
            </div>
          ))}
        </Stack>
      </Card>
    </Stack>
  );
}
