import { createTheme } from '@mantine/core';

// Mantine mounts every option of a closed Select (hidden) when the page first renders; with long
// lists (experiences, procedures, programs) that was most of a page's DOM. Options now mount
// while the dropdown is open. Plain objects, so the theme does not pull the components into the
// first chunk.
const OPTIONS_ONLY_WHILE_OPEN = { defaultProps: { comboboxProps: { keepMounted: false } } };

// Most dialogs hold a form: a click beside one must not throw away what was typed. Escape, the
// close button and Cancel still close it.
const CLOSE_ONLY_ON_PURPOSE = { defaultProps: { closeOnClickOutside: false } };

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Select: OPTIONS_ONLY_WHILE_OPEN,
    MultiSelect: OPTIONS_ONLY_WHILE_OPEN,
    Autocomplete: OPTIONS_ONLY_WHILE_OPEN,
    TagsInput: OPTIONS_ONLY_WHILE_OPEN,
    Modal: CLOSE_ONLY_ON_PURPOSE,
  },
});
