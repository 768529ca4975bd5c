import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { useApiQuery } from '../../app/use-api-query';
import type { Profile } from '../../../../shared/schema/profile';
import { ProfileForm } from './ProfileForm';

const loadProfile = async () => unwrap(await api()['profile:get']());

export function ProfilePage() {
  const { data: profile, error, loading, reload } = useApiQuery(loadProfile);

  const save = async (next: Profile) => {
    try {
      unwrap(await api()['profile:save'](next));
      notifySuccess('Profile saved');
      await reload();
    } catch (caught) {
      notifyFailure(caught, 'Your profile was not saved');
      // The form keeps what was typed, still unsaved, so leaving the page asks first.
      throw caught;
    }
  };

  return (
    <Stack>
      <div>
        <Title order={2}>Profile</Title>
        <Text c="dimmed" size="sm">
          The basics programs see first. The rest of the app uses your pathways and career interest to tailor its advice.
        </Text>
      </div>
      {error && <Alert color="red" title="Your profile could not be loaded">{error}</Alert>}
      <Card withBorder padding="lg">
        {loading && profile === undefined ? (
          <Loader aria-label="Loading profile" />
        ) : (
          <ProfileForm key={JSON.stringify(profile)} initial={profile ?? null} onSave={save} />
        )}
      </Card>
    </Stack>
  );
}
