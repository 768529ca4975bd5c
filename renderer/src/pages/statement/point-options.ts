import type { TalkingPoint } from '../../../../shared/statement/statement-schema';

/** Talking points as select options, long ones shortened to one line. */
export const talkingPointOptions = (points: readonly TalkingPoint[]): { value: string; label: string }[] =>
  points.map((point) => ({ value: point.id, label: point.text.length > 90 ? `${point.text.slice(0, 89)}…` : point.text }));
