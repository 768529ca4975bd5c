import { createTheme } from '@mantine/core';

// Mantine mounts every option of a closed Select (hidden) when the page first renders; with long
// lists (experiences, procedures, programs) that was most of a page's DOM. Options now mount
// while the dropdown is open. Plain objects, so the theme does not pull the components into the
// first chunk.
const OPTIONS_ONLY_WHILE_OPEN = { defaultProps: { comboboxProps: { keepMounted: false } } };

// Most dialogs hold a form: a click beside one must not throw away what was typed. Escape, the
// close button and Cancel still close it.
const CLOSE_ONLY_ON_PURPOSE = { defaultProps: { closeOnClickOutside: false } };

// Count fields: a comma is a thousands mark to most applicants ("2,000"), never a decimal point;
// Mantine reads it as one by default, so "2,000" became 2. With only "." allowed, "2,000" is 2000.
const COMMA_IS_NOT_A_DECIMAL_POINT = { defaultProps: { allowedDecimalSeparators: ['.'] } };

// The ✕ of every dialog and alert has a name for screen readers (Mantine leaves it unnamed).
const NAMED_CLOSE_BUTTON = { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } };
const NAMED_DISMISS_BUTTON = { defaultProps: { closeButtonLabel: 'Dismiss' } };

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
    Modal: { defaultProps: { ...CLOSE_ONLY_ON_PURPOSE.defaultProps, ...NAMED_CLOSE_BUTTON.defaultProps } },
    Alert: NAMED_DISMISS_BUTTON,
    Notification: NAMED_CLOSE_BUTTON,
    NumberInput: COMMA_IS_NOT_A_DECIMAL_POINT,
  },
});
