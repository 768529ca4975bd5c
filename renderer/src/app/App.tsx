import { Alert, AppShell, Badge, Center, Group, Loader, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Suspense, useCallback, useState } from 'react';
import { AppInfoProvider, useAppInfo } from './app-info-context';
import { LeaveGuard, useConfirmLeave } from './LeaveGuard';
import { SampleBanner } from './SampleBanner';
import { DEFAULT_SECTION, findSection, SECTIONS } from './sections';
import { StoreNotices } from './StoreNotices';
import { useHashRoute } from './use-hash-route';

export function App() {
  return (
    <AppInfoProvider>
      <LeaveGuard>
        <Shell />
      </LeaveGuard>
    </AppInfoProvider>
  );
}

function Shell() {
  const { info, error } = useAppInfo();
  const [route, navigateNow] = useHashRoute(DEFAULT_SECTION.id);
  const confirmLeave = useConfirmLeave();
  // Another section unmounts this page: unsaved edits that are not kept are lost, so ask first.
  const navigate = useCallback((next: string) => confirmLeave(() => navigateNow(next)), [confirmLeave, navigateNow]);
  const section = findSection(route);
  // The open section's own link takes it back to its start (a program's details back to the list):
  // the page mounts afresh, after the same question about unsaved edits as leaving it.
  const [visit, setVisit] = useState(0);
  const restartSection = useCallback(() => confirmLeave(() => setVisit((count) => count + 1)), [confirmLeave]);
  // The opening page's chunk and data were requested before the first render (startSection in main.tsx).
  const Page = section.page;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={4}>IR Match Planner</Title>
            {info?.shell === 'preview' && <Badge variant="light" color="gray">Browser preview</Badge>}
          </Group>
          {info && (
            <Text size="xs" c="dimmed">
              Everything stays on this computer
            </Text>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label="Sections">
            {SECTIONS.map(({ id, label, icon: Icon }) => (
              <NavLink
                key={id}
                href={`#/${id}`}
                label={label}
                active={id === section.id}
                leftSection={<Icon size={18} stroke={1.6} />}
                aria-current={id === section.id ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  if (id !== section.id) navigate(id);
                  else restartSection();
                }}
              />
            ))}
          </nav>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {error ? (
          <Alert color="red" icon={<IconAlertTriangle />} title="The app could not reach its data">
            {error}
          </Alert>
        ) : !info ? (
          <Center h={200}>
            <Loader aria-label="Loading" />
          </Center>
        ) : info.storeStatus === 'newer-version' ? (
          <StoreNotices />
        ) : (
          <Stack gap="lg" maw={1100}>
            <StoreNotices />
            <SampleBanner />
            <Suspense
              fallback={
                <Center h={200}>
                  <Loader aria-label="Loading the page" />
                </Center>
              }
            >
              <Page key={visit} navigate={navigate} />
            </Suspense>
          </Stack>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
