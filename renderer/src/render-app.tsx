import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { theme } from './theme';

export function renderApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        {/* Bottom left: the app's actions sit at the right, among them the sticky Save bar of a program. */}
        <Notifications position="bottom-left" />
        <ModalsProvider>
          <App />
        </ModalsProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
