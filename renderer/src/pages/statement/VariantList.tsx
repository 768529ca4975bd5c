import { ActionIcon, Card, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ParagraphVariant } from '../../../../shared/statement/statement-schema';

interface VariantListProps {
  variants: readonly ParagraphVariant[];
  /** Program names by id; a paragraph may outlive its program on the shortlist. */
  names: ReadonlyMap<string, string>;
  /** The paragraph loaded into the form, marked as being edited. */
  editingId: string | null;
  /** Absent while there is no form to edit in (no programs on the shortlist). */
  onEdit?: (variant: ParagraphVariant) => void;
  onDelete: (variant: ParagraphVariant) => void;
}

const programNameOf = (names: ReadonlyMap<string, string>, programId: string) => names.get(programId) ?? 'A program no longer on your shortlist';

/** The program-specific paragraphs written so far, each with Edit and Delete. */
export function VariantList({ variants, names, editingId, onEdit, onDelete }: VariantListProps) {
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Program-specific paragraphs">
      {variants.map((variant) => {
        const name = `${programNameOf(names, variant.programId)} — ${variant.paragraphLabel}`;
        return (
          <Card component="li" key={variant.id} withBorder padding="xs" aria-label={name}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text size="sm" fw={600}>
                  {name}
                  {variant.id === editingId ? (
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' '}
                      (editing above)
                    </Text>
                  ) : null}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {variant.text}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                {onEdit ? (
                  <ActionIcon variant="subtle" aria-label={`Edit the paragraph for ${name}`} onClick={() => onEdit(variant)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                ) : null}
                <ActionIcon variant="subtle" color="red" aria-label={`Delete the paragraph for ${name}`} onClick={() => onDelete(variant)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
