import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { prefetchAppInfo } from './app/app-info-prefetch';
import { DEFAULT_SECTION_ID, startSection } from './app/page-modules';
import { readRoute } from './app/read-route';

// Start-up, before React and Mantine have loaded: ask for the app's code, the opening page's code,
// the app's state and the page's data all at once, so no request waits for another. Render once
// the code is here and the answers have arrived (or 400 ms have passed): the first render then
// holds the whole page, with no loader in its place and no second layout.
const root = document.getElementById('root')!;
const app = import('./render-app');
const page = startSection(readRoute(DEFAULT_SECTION_ID));
const info = prefetchAppInfo().catch(() => undefined);
const dataOrLater = Promise.race([Promise.all([info, page.data]), new Promise((resolve) => setTimeout(resolve, 400))]);
Promise.all([app, page.code, dataOrLater]).then(
  ([{ renderApp }]) => renderApp(root),
  (error: unknown) => {
    // Without its code the app cannot show even an error page: say so in plain text.
    root.textContent = `IR Match Planner could not start: ${error instanceof Error ? error.message : String(error)}. Close it and open it again.`;
  },
);
