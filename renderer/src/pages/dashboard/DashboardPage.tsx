import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFlask, IconUserPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import {
  CAREER_INTEREST_LABELS,
  ECFMG_STATUS_LABELS,
  PATHWAY_LABELS,
  STEP1_LABELS,
  type Profile,
} from '../../../../shared/schema/profile';
import { modals } from '@mantine/modals';
import { api, ApiError, notifyFailure, unwrap } from '../../api';
import { useAppInfo } from '../../app/app-info-context';
import { UnsavedEditsNotice } from '../../app/UnsavedEditsNotice';
import { useApiQuery } from '../../app/use-api-query';
import { focusPageHeadingWhileSettling, refocusWhileSettling } from '../../app/focus-page-heading';
import { ExposureSummaryCard } from '../exposure/ExposureSummaryCard';
import { greetingName } from '../../../../shared/greeting-name';
import { loadDocumentText } from '../../../../shared/document-loading';
import { savedBeforeProfile, type SavedBeforeProfile } from '../../../../shared/saved-before-profile';

const loadProfile = async () => unwrap(await api()['profile:get']());

export function DashboardPage({ navigate }: { navigate: (route: string) => void }) {
  const { data: profile, loading } = useApiQuery(loadProfile);
  if (loading && profile === undefined) return <Loader aria-label="Loading" />;
  return profile ? (
    <Stack>
      <ProfileSummary profile={profile} onEdit={() => navigate('profile')} />
      <ExposureSummaryCard onOpen={() => navigate('exposure')} />
    </Stack>
  ) : (
    <Welcome navigate={navigate} />
  );
}

const NOTHING_SAVED: SavedBeforeProfile = { exposureLogged: false, alsoSaved: null };

/**
 * Everything saved so far, in one query (the whole document, as an export reads it): the welcome
 * view then shows it, so nothing looks lost before a profile exists.
 */
const loadSavedWork = async (): Promise<SavedBeforeProfile> => {
  const loaded = loadDocumentText(unwrap(await api()['data:export']()).json, new Date());
  return loaded.ok ? savedBeforeProfile(loaded.doc) : NOTHING_SAVED;
};

function Welcome({ navigate }: { navigate: (route: string) => void }) {
  const { dataReplaced } = useAppInfo();
  const saved = useApiQuery(loadSavedWork).data ?? NOTHING_SAVED;
  const [loadingSample, setLoadingSample] = useState(false);
  const sampleButton = useRef<HTMLButtonElement>(null);
  const loadSample = async (replaceOwnData: boolean) => {
    setLoadingSample(true);
    try {
      unwrap(await api()['sample:load']({ replaceOwnData }));
      await dataReplaced();
      // This view and its button are gone: the dashboard's heading takes the focus.
      focusPageHeadingWhileSettling();
    } catch (error) {
      // Entries of the applicant's own (a draft, a logged case…) without a profile yet: ask first.
      if (error instanceof ApiError && error.code === 'conflict') confirmReplace();
      else {
        notifyFailure(error, 'The sample could not be loaded');
        // After the dialog, nothing else holds the focus: back to the button, enabled again below.
        if (replaceOwnData) refocusWhileSettling(() => sampleButton.current);
      }
    } finally {
      setLoadingSample(false);
    }
  };
  const confirmReplace = () => {
    // Once the user replaces, the heading of the page that follows takes the focus, not this button.
    let replacing = false;
    modals.openConfirmModal({
      title: 'Replace your entries with the sample?',
      children: (
        <Stack gap="sm">
          <UnsavedEditsNotice />
          <Text size="sm">
            You have already entered data of your own. The sample applicant would take its place while you look around,
            and clearing the sample brings your entries back. A backup of them is also kept in Settings &amp; data.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Replace with the sample', cancel: 'Keep my entries' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        replacing = true;
        void loadSample(true);
      },
      // The button was disabled (loading) when the dialog opened, so the dialog cannot give focus back to it.
      onClose: () => {
        if (!replacing) refocusWhileSettling(() => sampleButton.current);
      },
    });
  };
  return (
    <Stack>
      <Title order={2}>Welcome to IR Match Planner</Title>
      <Text maw={680}>
        Keep the evidence of your interest in interventional radiology, judge programs on what their residents actually do,
        and turn your own log into a personal statement. Everything stays in one file on this computer.
      </Text>
      {saved.exposureLogged && <ExposureSummaryCard onOpen={() => navigate('exposure')} />}
      {saved.alsoSaved && (
        <Text size="sm" maw={680}>
          {saved.alsoSaved}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={760}>
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <IconUserPlus size={28} />
            <Text fw={600}>Start with your profile</Text>
            <Text size="sm" c="dimmed">Your school, exams, target cycle and pathways. It takes two minutes.</Text>
            <Button onClick={() => navigate('profile')}>Set up my profile</Button>
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <IconFlask size={28} />
            <Text fw={600}>Look around first</Text>
            <Text size="sm" c="dimmed">Load a fictional sample applicant to see how the app works. Clear it whenever you like; anything it replaced comes back.</Text>
            <Button ref={sampleButton} variant="light" loading={loadingSample} onClick={() => void loadSample(false)}>
              Explore a sample applicant
            </Button>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function ProfileSummary({ profile, onEdit }: { profile: Profile; onEdit: () => void }) {
  const firstName = greetingName(profile.fullName);
  const facts: [string, string][] = [
    ['Medical school', `${profile.medicalSchool}, ${profile.country}`],
    ['Graduation', String(profile.graduationYear)],
    ['ECFMG', ECFMG_STATUS_LABELS[profile.ecfmgStatus]],
    ['Step 1', STEP1_LABELS[profile.step1]],
    ['Step 2 CK', profile.step2ckScore === null ? 'Not taken yet' : String(profile.step2ckScore)],
    ['Target match', String(profile.targetMatchYear)],
    ['Career interest', CAREER_INTEREST_LABELS[profile.careerInterest]],
  ];
  return (
    <Stack>
      <Title order={2}>Welcome back, {firstName}</Title>
      <Card withBorder padding="lg" aria-label="Profile summary">
        <Group justify="space-between" mb="sm">
          <Text fw={600}>{profile.fullName}</Text>
          <Button variant="subtle" size="xs" onClick={onEdit}>
            Edit profile
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {label}
              </Text>
              <Text size="sm">{value}</Text>
            </div>
          ))}
        </SimpleGrid>
        <Group gap="xs" mt="md">
          {profile.pathways.map((pathway) => (
            <Badge key={pathway} variant="light">
              {PATHWAY_LABELS[pathway]}
            </Badge>
          ))}
        </Group>
      </Card>
    </Stack>
  );
}
