/**
 * The statement prompt library: questions in our own words, grouped by the themes
 * programs look for in an IMG's statement and interviews. Ids are stable (talking
 * points store them).
 */
export const PROMPT_THEMES = [
  'why-ir',
  'procedures',
  'patient-care',
  'clinical-specialty',
  'img-path',
  'research-qi',
  'career-fit',
  'what-you-bring',
] as const;
export type PromptTheme = (typeof PROMPT_THEMES)[number];

export const PROMPT_THEME_LABELS: Record<PromptTheme, string> = {
  'why-ir': 'Why IR',
  procedures: 'Procedures you saw and what they taught you',
  'patient-care': 'Patient care around a procedure',
  'clinical-specialty': 'IR as a clinical specialty',
  'img-path': 'Your path as an IMG',
  'research-qi': 'Research and quality improvement',
  'career-fit': 'Career goal and fit',
  'what-you-bring': 'What you bring to a program',
};

export interface LibraryPrompt {
  id: string;
  theme: PromptTheme;
  text: string;
}

export const PROMPT_LIBRARY: readonly LibraryPrompt[] = [
  { id: 'why-ir-moment', theme: 'why-ir', text: 'When did image-guided treatment first change how you thought about a patient’s options? Describe the case, not the specialty.' },
  { id: 'why-ir-not-surgery', theme: 'why-ir', text: 'What does IR offer a patient that an open operation or a medication alone could not, in a case you watched?' },
  { id: 'why-ir-problem-solving', theme: 'why-ir', text: 'Which part of an IR case held your attention most — the planning on imaging, the procedure, or the follow-up — and why?' },
  { id: 'procedures-specific', theme: 'procedures', text: 'Name one procedure you saw more than once. What did you notice the second time that you missed the first?' },
  { id: 'procedures-decision', theme: 'procedures', text: 'Describe a moment in a case when the plan changed on the table. What information drove the change?' },
  { id: 'procedures-selection', theme: 'procedures', text: 'For a procedure you saw, who was a good candidate and who was not? How did the team decide?' },
  { id: 'patient-care-before', theme: 'patient-care', text: 'What happened before the procedure — consent, labs, anticoagulation, sedation planning — and what did it teach you about the patient behind the case?' },
  { id: 'patient-care-after', theme: 'patient-care', text: 'Follow one patient after their procedure: what did the team watch for, and what did the patient need from them?' },
  { id: 'patient-care-complication', theme: 'patient-care', text: 'Think of a complication or a near miss you saw. How was it recognised and handled, and what stayed with you?' },
  { id: 'clinical-consults', theme: 'clinical-specialty', text: 'Describe an IR consult you followed: the question asked, the imaging reviewed, and the answer the team gave.' },
  { id: 'clinical-clinic', theme: 'clinical-specialty', text: 'What did you see in IR clinic or on rounds that showed IR doctors own their patients, not only their procedures?' },
  { id: 'clinical-team', theme: 'clinical-specialty', text: 'How did IR work with surgery, oncology, hepatology or the emergency team in a case you saw?' },
  { id: 'img-initiative', theme: 'img-path', text: 'What did you do, without being asked, to get closer to IR from outside the US system?' },
  { id: 'img-resilience', theme: 'img-path', text: 'Describe a setback on your path to a US residency and what you changed because of it.' },
  { id: 'img-adaptability', theme: 'img-path', text: 'What did you have to learn quickly about how US hospitals work, and how did you learn it?' },
  { id: 'research-question', theme: 'research-qi', text: 'What question did your research or QI project try to answer, and what would you do differently now?' },
  { id: 'research-role', theme: 'research-qi', text: 'What was your own part in the project — data, analysis, writing, presenting — and what did it teach you about evidence in IR?' },
  { id: 'career-setting', theme: 'career-fit', text: 'Do you see yourself in community practice, an academic centre, or still deciding? What have you seen that points you there?' },
  { id: 'career-five-years', theme: 'career-fit', text: 'What kind of IR doctor do you want to be five years after training, and what kind of program gets you there?' },
  { id: 'bring-skills', theme: 'what-you-bring', text: 'What do you bring from your training abroad that a US program would not get from its own graduates?' },
  { id: 'bring-team', theme: 'what-you-bring', text: 'How would your co-residents describe you on a hard call night? Give the evidence.' },
];

export function libraryPromptById(id: string): LibraryPrompt | undefined {
  return PROMPT_LIBRARY.find((prompt) => prompt.id === id);
}
