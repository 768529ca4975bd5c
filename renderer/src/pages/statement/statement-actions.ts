import type { DraftVersion, ParagraphVariant, TalkingPoint } from '../../../../shared/statement/statement-schema';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { notifyDeletedWithUndo } from '../../components/notify-undo';
import { carryPointDeletion, carryPointRestore } from './unsaved-edits';

/** Runs a call, tells the user if it failed (and rejects), and reloads the workspace when it worked. */
export type StatementAction = (run: () => Promise<unknown>, failure: string, success?: string) => Promise<void>;

function actionRunner(reload: () => Promise<void>): StatementAction {
  return async (run, failure, success) => {
    try {
      await run();
    } catch (caught) {
      notifyFailure(caught, failure);
      throw caught;
    }
    if (success) notifySuccess(success);
    await reload();
  };
}

/** The workspace's calls that need more than one line: deletes offer Undo, and carry unsaved edits across. */
export function statementActions(reload: () => Promise<void>) {
  const act = actionRunner(reload);
  // The failure is told by `act`; a delete button has nothing more to do with it.
  const quietly = (done: Promise<void>) => void done.catch(() => undefined);

  const deletePoint = (point: TalkingPoint) =>
    quietly(
      act(async () => {
        const removed = unwrap(await api()['statement:delete-point']({ id: point.id }));
        // The outline and ERAS entries lost the point: edits not saved yet to them must survive that.
        carryPointDeletion(point.id);
        notifyDeletedWithUndo('Talking point deleted', () =>
          act(async () => {
            unwrap(await api()['statement:restore-point'](removed));
            carryPointRestore(removed);
          }, 'The talking point could not be restored'),
        );
      }, 'The talking point was not deleted'),
    );

  const deleteVariant = (variant: ParagraphVariant) =>
    quietly(
      act(async () => {
        const removed = unwrap(await api()['statement:delete-variant']({ id: variant.id }));
        notifyDeletedWithUndo('Paragraph deleted', () => act(async () => unwrap(await api()['statement:restore-variant'](removed)), 'The paragraph could not be restored'));
      }, 'The paragraph was not deleted'),
    );

  const deleteVersion = (version: DraftVersion) =>
    quietly(
      act(async () => {
        const removed = unwrap(await api()['statement:delete-version']({ id: version.id }));
        notifyDeletedWithUndo(`Deleted the version “${version.name}”`, () =>
          act(async () => unwrap(await api()['statement:undo-delete-version'](removed)), 'The version could not be restored'),
        );
      }, 'The version was not deleted'),
    );

  return { act, deletePoint, deleteVariant, deleteVersion };
}
