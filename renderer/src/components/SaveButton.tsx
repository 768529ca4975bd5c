import { Button, type ButtonProps } from '@mantine/core';
import { useEffect, useRef, type ComponentPropsWithoutRef, type MouseEvent } from 'react';
import { focusWasLost } from './focus-lost';

type SaveButtonProps = ButtonProps & Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps>;

/**
 * The Save button that was pressed from the keyboard or mouse while a save runs, by its
 * `data-focus-key` or else its text. Kept outside the component: a form is often rebuilt from the
 * saved values when the save ends, and then the button to return to is a new one. A button whose
 * text changes with the save ("Log 3 cases" → "Log case") gives a `data-focus-key` that does not.
 */
let returnTo: { key: string; until: number } | null = null;

const focusKeyOf = (button: HTMLButtonElement) => button.dataset.focusKey ?? button.textContent;
const RETURN_WITHIN_MS = 30_000;

function takeFocusBack(button: HTMLButtonElement | null): void {
  if (!button || !returnTo || button.disabled) return;
  if (returnTo.until < Date.now()) {
    returnTo = null;
    return;
  }
  if (focusKeyOf(button) !== returnTo.key) return;
  returnTo = null;
  if (focusWasLost()) button.focus();
}

/**
 * A form's Save button that keeps keyboard focus through the save.
 *
 * A focused button that becomes disabled loses focus to the top of the page, so the next Tab
 * starts over. Mantine's `loading` disables the button for the save; when the save ends, focus
 * comes back to it (or to the same button of the form rebuilt with the saved values). `disabled`
 * (nothing to save yet) only reads and looks disabled (`aria-disabled`) and ignores presses, so
 * the button can keep focus once a save has left nothing to save.
 */
export function SaveButton({ loading = false, disabled = false, onClick, ...props }: SaveButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  const pressedWithFocus = useRef(false);

  useEffect(() => {
    if (loading && pressedWithFocus.current && ref.current) {
      returnTo = { key: focusKeyOf(ref.current), until: Date.now() + RETURN_WITHIN_MS };
    }
    if (!loading) takeFocusBack(ref.current);
    pressedWithFocus.current = false;
  }, [loading]);

  const press = (event: MouseEvent<HTMLButtonElement>) => {
    if (disabled) {
      // Also stops Enter in a field from submitting a form with nothing to save.
      event.preventDefault();
      return;
    }
    pressedWithFocus.current = document.activeElement === event.currentTarget;
    onClick?.(event);
  };

  return (
    <Button
      {...props}
      ref={ref}
      loading={loading}
      data-disabled={disabled || undefined}
      aria-disabled={disabled || undefined}
      onClick={press}
    />
  );
}
