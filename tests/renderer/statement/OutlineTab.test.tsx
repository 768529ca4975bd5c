import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OutlineSection } from '../../../shared/statement/statement-schema';
import { OutlineTab } from '../../../renderer/src/pages/statement/OutlineTab';
import { render } from '../render';

const OUTLINE: OutlineSection[] = [
  { id: 'opening', title: 'Opening: the case that drew you to IR', talkingPointIds: [] },
  { id: 'exposure', title: 'What you saw and learned', talkingPointIds: [] },
];
const RISKY = 'Ms. Jane Doe, DOB 1/2/1950, phone 312-555-0100';

function setup(onSave = vi.fn<(sections: OutlineSection[], confirmed: boolean) => Promise<void>>(async () => {}), outline = OUTLINE) {
  const user = userEvent.setup({ delay: null });
  render(<OutlineTab outline={outline} points={[]} onSave={onSave} />);
  const title = (position: number) => within(screen.getByLabelText(`Section ${position}`, { selector: 'div' })).getByRole('textbox', { name: 'Section title' });
  return { user, onSave, title };
}

const expected = (title: string) => [OUTLINE[0], { ...OUTLINE[1], title }];

describe('OutlineTab', { timeout: 30_000 }, () => {
  it('saves ordinary section titles without a warning', async () => {
    const { user, onSave, title } = setup();
    await user.clear(title(2));
    await user.click(title(2));
    await user.paste('What I learned in clinic');
    await user.click(screen.getByRole('button', { name: 'Save outline' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expected('What I learned in clinic'), false));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('holds back a section title that may identify a patient, highlights it and saves only once confirmed, losing nothing', async () => {
    const { user, onSave, title } = setup();
    await user.clear(title(2));
    await user.click(title(2));
    await user.paste(RISKY);
    await user.click(screen.getByRole('button', { name: 'Save outline' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('This may identify a patient');
    // Only the flagged section's title is quoted, under its place in the outline.
    expect(warning).toHaveTextContent('Section 2 title — patient name, date of birth, phone number');
    expect(warning).not.toHaveTextContent('Section 1 title');
    expect(warning).not.toHaveTextContent((title(1) as HTMLInputElement).value);
    expect([...warning.querySelectorAll('mark')].map((mark) => [mark.textContent, mark.getAttribute('data-identifier')])).toEqual([
      ['Ms. Jane Doe', 'patient-name'],
      ['DOB 1/2/1950', 'date-of-birth'],
      ['312-555-0100', 'phone'],
    ]);
    // The flagged section says so itself; the clean one does not.
    expect(title(2)).toBeInvalid();
    expect(title(2)).toHaveAccessibleDescription('May identify a patient: patient name, date of birth, phone number');
    expect(title(1)).toBeValid();
    expect(onSave).not.toHaveBeenCalled();
    expect(title(2)).toHaveValue(RISKY);

    await user.click(within(warning).getByRole('checkbox', { name: /not patient-identifying/ }));
    await user.click(screen.getByRole('button', { name: 'Save outline' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expected(RISKY), true));
  });

  it('checks an edited title afresh after a confirmation, and keeps the titles when the save fails', async () => {
    const onSave = vi.fn<(sections: OutlineSection[], confirmed: boolean) => Promise<void>>(async () => {
      throw new Error('refused');
    });
    const { user, title } = setup(onSave);
    await user.clear(title(2));
    await user.click(title(2));
    await user.paste(RISKY);
    await user.click(screen.getByRole('button', { name: 'Save outline' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('checkbox', { name: /not patient-identifying/ }));

    await user.click(title(2));
    await user.paste(', MRN 7654321');
    await user.click(screen.getByRole('button', { name: 'Save outline' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: /not patient-identifying/ })).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: /not patient-identifying/ }));
    await user.click(screen.getByRole('button', { name: 'Save outline' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expected(`${RISKY}, MRN 7654321`), true));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save outline' })).toBeEnabled());
    expect(title(2)).toHaveValue(`${RISKY}, MRN 7654321`);
  });

  it('does not ask again about a title confirmed when it was saved, while another section changes', async () => {
    const saved = [OUTLINE[0]!, { ...OUTLINE[1]!, title: RISKY }];
    const { user, onSave, title } = setup(undefined, saved);
    await user.click(title(1));
    await user.paste(' — and why');
    await user.click(screen.getByRole('button', { name: 'Save outline' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([{ ...OUTLINE[0], title: `${OUTLINE[0]!.title} — and why` }, saved[1]], false));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes a section title no longer than the outline keeps, and says so', async () => {
    const { user, title } = setup();
    await user.clear(title(1));
    await user.click(title(1));
    await user.paste('t'.repeat(250));
    expect(title(1)).toHaveValue('t'.repeat(200));
    expect(title(1)).toHaveAccessibleDescription('At most 200 characters');
    expect(screen.getByRole('button', { name: 'Save outline' })).toBeEnabled();
  });

  it('moves focus to the Remove button of the section that takes a removed one’s place, then of the one before, then to the heading', async () => {
    const { user, title } = setup();
    const removeSecond = () => screen.getByRole('button', { name: `Remove ${OUTLINE[1]!.title}` });
    await user.click(screen.getByRole('button', { name: `Remove ${OUTLINE[0]!.title}` }));
    expect(title(1)).toHaveValue(OUTLINE[1]!.title);
    expect(removeSecond()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    await user.click(screen.getByRole('button', { name: 'Remove New section' }));
    expect(removeSecond()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: `Remove ${OUTLINE[1]!.title}` }));
    expect(screen.getByRole('heading', { name: 'Outline' })).toHaveFocus();
  });
});
