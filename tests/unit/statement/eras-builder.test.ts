import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LIMIT_DEFINITIONS, limitOverridesSchema, overridesFrom, resolveLimits } from '../../../shared/statement/eras-limits';
import { erasEntryText, erasFieldText, measureErasField } from '../../../shared/statement/eras-entry-text';
import { countCharacters } from '../../../shared/statement/text-counts';
import { suggestErasExperiences } from '../../../shared/statement/eras-suggestion';
import { makeExperience } from '../exposure/fixtures';

const TODAY = '2026-11-28';

describe('suggestErasExperiences', () => {
  it('puts IR-related first, then US-based, then recent, and says why', () => {
    const order = suggestErasExperiences(
      [
        makeExperience({ id: 'tutor', kind: 'teaching', irRelated: false, usBased: false, startDate: '2026-01-01', endDate: '2026-06-01' }),
        makeExperience({ id: 'old-us-ir', irRelated: true, usBased: true, startDate: '2019-01-01', endDate: '2019-02-01' }),
        makeExperience({ id: 'recent-us-ir', irRelated: true, usBased: true, startDate: '2026-03-01', endDate: '2026-04-01' }),
        makeExperience({ id: 'abroad-ir', irRelated: true, usBased: false, startDate: '2026-03-01', endDate: '2026-04-01' }),
      ],
      TODAY,
    );
    expect(order.map((suggestion) => suggestion.experienceId)).toEqual(['recent-us-ir', 'old-us-ir', 'abroad-ir', 'tutor']);
    expect(order[0]?.reasons).toEqual(['IR-related', 'in the US', 'recent', '160 h']);
    expect(order[3]?.reasons).not.toContain('IR-related');
  });

  it('counts an ongoing experience as current', () => {
    const [first] = suggestErasExperiences([makeExperience({ id: 'now', startDate: '2020-01-01', endDate: null, ongoing: true })], TODAY);
    expect(first?.reasons).toContain('ongoing');
  });

  it('calls a started experience whose end date is still ahead ongoing, not recent', () => {
    const [first] = suggestErasExperiences([makeExperience({ id: 'now', startDate: '2026-11-01', endDate: '2027-01-31' })], TODAY);
    expect(first?.reasons).toEqual(['IR-related', 'in the US', 'ongoing', '160 h']);
    expect(first?.planned).toBe(false);
  });

  it('offers a planned experience last, named as planned, with no credit for recency or hours', () => {
    const order = suggestErasExperiences(
      [
        makeExperience({ id: 'planned-us-ir', irRelated: true, usBased: true, startDate: '2027-02-01', endDate: '2027-03-01' }),
        makeExperience({ id: 'old-tutor', kind: 'teaching', irRelated: false, usBased: false, startDate: '2015-01-01', endDate: '2015-06-01' }),
        makeExperience({ id: 'recent-us-ir', irRelated: true, usBased: true, startDate: '2026-03-01', endDate: '2026-04-01' }),
      ],
      '2026-11-30',
    );
    expect(order.map((suggestion) => suggestion.experienceId)).toEqual(['recent-us-ir', 'old-tutor', 'planned-us-ir']);
    const planned = order[2];
    expect(planned?.planned).toBe(true);
    expect(planned?.reasons).toEqual(['IR-related', 'in the US', 'planned, starts February 2027']);
    expect(planned?.reasons.join(', ')).not.toMatch(/recent|160 h/);
  });

  it('counts an experience starting today as started', () => {
    const [first] = suggestErasExperiences([makeExperience({ id: 'today', startDate: '2026-11-28', endDate: '2026-12-20' })], TODAY);
    expect(first?.planned).toBe(false);
    expect(first?.reasons).toContain('160 h');
  });
});

describe('erasEntryText', () => {
  const experience = makeExperience({ id: 'exp-1', title: 'IR observership', organisation: 'University Hospital', city: 'Cleveland', region: 'OH' });

  it('claims no hours for a planned experience, and its hours once it has started', () => {
    const entry = { experienceId: 'exp-1', description: 'Upcoming.', mostMeaningful: false, reflection: '', talkingPointId: null };
    const planned = makeExperience({ startDate: '2027-02-01', endDate: '2027-03-01', hours: { mode: 'total', total: 160 } });
    expect(erasEntryText(planned, entry, TODAY)).not.toContain('Hours');
    expect(erasEntryText(planned, entry, '2027-02-01')).toContain('Hours: 160');
  });

  it('writes names and places with accents joined to their letters, as the description is', () => {
    const decomposed = makeExperience({ title: 'Observership with Dr. Jose\u0301', organisation: 'Hospital Sa\u0303o Jose\u0301', supervisor: 'Dr. Nu\u0301n\u0303ez' });
    const text = erasEntryText(decomposed, { experienceId: 'exp-1', description: 'With Dr. Jose\u0301.', mostMeaningful: false, reflection: '', talkingPointId: null }, TODAY);
    expect(text).toContain('Experience: Observership with Dr. José\n');
    expect(text).toContain('Organization: Hospital São José\n');
    expect(text).toContain('Supervisor: Dr. Núñez\n');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('gives a ready plain-text block with the ERAS type, dates, hours and the cleaned description', () => {
    const text = erasEntryText(experience, { experienceId: 'exp-1', description: 'I saw “TIPS” — twice 🙂', mostMeaningful: false, reflection: '', talkingPointId: null }, TODAY);
    expect(text).toBe(
      [
        'Experience: IR observership',
        'Experience type: Education / training (Observership)',
        'Organization: University Hospital',
        'Location: Cleveland, OH',
        'Dates: June 2025 - June 2025',
        'Hours: 160',
        'Supervisor: Dr. Amina Rahman',
        '',
        'Description:',
        'I saw "TIPS" - twice',
        '',
      ].join('\n'),
    );
  });

  it('adds the reflection for a most meaningful entry and never cuts long text', () => {
    const long = 'a'.repeat(900);
    const text = erasEntryText(experience, { experienceId: 'exp-1', description: long, mostMeaningful: true, reflection: 'It changed my plans.', talkingPointId: null }, TODAY);
    expect(text).toContain(long);
    expect(text.endsWith('Most meaningful - reflection:\nIt changed my plans.\n')).toBe(true);
  });

  it('marks an empty description and an empty most-meaningful reflection as not written yet, instead of a bare label', () => {
    const text = erasEntryText(experience, { experienceId: 'exp-1', description: '  ', mostMeaningful: true, reflection: '', talkingPointId: null }, TODAY);
    expect(text).toContain('Description:\n(not written yet)\n');
    expect(text.endsWith('Most meaningful - reflection:\n(not written yet)\n')).toBe(true);
    expect(text).not.toMatch(/:\n\n|:\n$/);
    // Written text goes out as written.
    expect(erasEntryText(experience, { experienceId: 'exp-1', description: 'Saw TIPS.', mostMeaningful: true, reflection: 'It mattered.', talkingPointId: null }, TODAY)).not.toContain('(not written yet)');
  });

  it('gives the city as the location, never as the organization, in ERAS spelling', () => {
    const nashville = makeExperience({ id: 'exp-2', organisation: '', city: 'Nashville', region: 'Tennessee' });
    const text = erasEntryText(nashville, { experienceId: 'exp-2', description: 'Rounds.', mostMeaningful: false, reflection: '', talkingPointId: null }, TODAY);
    expect(text).toContain('Location: Nashville, Tennessee');
    expect(text).not.toMatch(/Organi[sz]ation/);
    const hospital = makeExperience({ id: 'exp-3', organisation: 'Mercy Valley Hospital (fictional)', city: '', region: '' });
    const hospitalText = erasEntryText(hospital, { experienceId: 'exp-3', description: 'Rounds.', mostMeaningful: false, reflection: '', talkingPointId: null }, TODAY);
    expect(hospitalText).toContain('Organization: Mercy Valley Hospital (fictional)\n');
    expect(hospitalText).not.toContain('Location:');
  });
});

describe('measureErasField', () => {
  const experience = makeExperience({ id: 'exp-1' });
  const copiedDescription = (description: string) =>
    erasEntryText(experience, { experienceId: 'exp-1', description, mostMeaningful: false, reflection: '', talkingPointId: null }, TODAY).split('Description:\n')[1]?.replace(/\n$/, '');

  it('counts the text ERAS receives: an ellipsis and curly quotes typed as 749 characters go out as 751, over a 750 limit', () => {
    const typed = `${'x'.repeat(744)}“ok”…`;
    expect(countCharacters(typed)).toBe(749);
    expect(erasFieldText(typed)).toBe(`${'x'.repeat(744)}"ok"...`);
    expect(measureErasField(typed, 750)).toEqual({ count: 751, limit: 750, status: 'over', overBy: 1 });
    // The counter agrees with what Copy and the plain-text export give.
    expect(countCharacters(copiedDescription(typed) ?? '')).toBe(751);
  });

  it('reaches the limit exactly when the converted text does', () => {
    expect(measureErasField(`${'x'.repeat(747)}…`, 750)).toMatchObject({ count: 750, status: 'near', overBy: 0 });
    expect(measureErasField(`${'x'.repeat(748)}…`, 750)).toMatchObject({ count: 751, status: 'over', overBy: 1 });
    expect(measureErasField('It’s “IR” — clinical', 750).count).toBe(countCharacters('It\'s "IR" - clinical'));
  });

  it('counts a symbol as its written-out form, the same in the counter and in Copy', () => {
    const typed = 'Gave 10 µg; ≥ 50%';
    expect(erasFieldText(typed)).toBe('Gave 10 mcg; >= 50%');
    expect(measureErasField(typed, 750).count).toBe('Gave 10 mcg; >= 50%'.length);
    expect(copiedDescription(typed)).toBe('Gave 10 mcg; >= 50%');
  });

  it('leaves out what Copy trims, and counts clean text as typed', () => {
    expect(measureErasField('  Scrubbed in on TACE.\n\n', 750).count).toBe('Scrubbed in on TACE.'.length);
    expect(measureErasField('Café rounds - 3 weeks.', 750).count).toBe(22);
    expect(measureErasField('', 750)).toEqual({ count: 0, limit: 750, status: 'empty', overBy: -750 });
  });
});

describe('ERAS limits', () => {
  it('are data with a source and an application year, and the defaults ERAS uses', () => {
    expect(DEFAULT_LIMITS).toEqual({ experiences: 10, descriptionChars: 750, mostMeaningful: 3, reflectionChars: 300, statementChars: 28_000, onePageWords: 800 });
    for (const limit of LIMIT_DEFINITIONS) {
      expect(limit.source).not.toBe('');
      expect(limit.applicationYear).not.toBe('');
    }
    expect(LIMIT_DEFINITIONS.find((limit) => limit.key === 'onePageWords')?.official).toBe(false);
  });

  it('take the applicant’s overrides on top of the defaults, storing only what differs', () => {
    expect(resolveLimits({ descriptionChars: 1_000 })).toEqual({ ...DEFAULT_LIMITS, descriptionChars: 1_000 });
    expect(overridesFrom({ ...DEFAULT_LIMITS, experiences: 8 })).toEqual({ experiences: 8 });
  });

  it('refuse nonsense with a readable message', () => {
    for (const bad of [{ experiences: 0 }, { experiences: 2.5 }, { descriptionChars: -1 }, { statementChars: 1e9 }, { unknownLimit: 3 }]) {
      const parsed = limitOverridesSchema.safeParse(bad);
      expect(parsed.success).toBe(false);
    }
    expect(limitOverridesSchema.safeParse({ experiences: 0 }).error?.issues[0]?.message).toBe('Experiences on the application: must be at least 1');
  });
});
