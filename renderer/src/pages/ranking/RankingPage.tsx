import { Alert, Button, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../app/use-api-query';
import { loadRankingData } from './load-ranking-data';
import { RankingWorkspace } from './RankingWorkspace';

export function RankingPage({ navigate }: { navigate: (route: string) => void }) {
  const { data, error, loading } = useApiQuery(loadRankingData);

  return (
    <Stack>
      <div>
        <Title order={2}>Ranking & signals</Title>
        <Text c="dimmed" size="sm">
          Weigh what matters to you, see how your programs score, keep your own rank list and plan your signals.
        </Text>
      </div>
      {error && (
        <Alert color="red" title="Your shortlist could not be loaded">
          {error}
        </Alert>
      )}
      {loading && !data ? (
        <Loader aria-label="Loading your shortlist" />
      ) : data && data.shortlist.programs.length === 0 ? (
        <Card withBorder padding="lg">
          <Stack gap="xs" align="flex-start">
            <Text fw={500}>No programs yet</Text>
            <Text size="sm" c="dimmed">
              Add the programs you are considering first; this page ranks and compares them.
            </Text>
            <Button variant="light" onClick={() => navigate('programs')}>
              Go to Programs
            </Button>
          </Stack>
        </Card>
      ) : (
        data && <RankingWorkspace key={data.loadId} data={data} />
      )}
    </Stack>
  );
}
