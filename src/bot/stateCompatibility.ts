import { ComponentDialog, WaterfallDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';

/**
 * True when this version of the bot can continue a saved dialog stack: every dialog on it (nested ones inside
 * component dialogs too) exists here, and every waterfall's saved step is one it has. A deploy or a rollback that
 * renames, removes or shortens a dialog leaves conversations whose state fails this; they are restarted kindly
 * instead of failing on every turn until their state expires.
 */
export function dialogStackCompatible(find: (id: string) => Dialog | undefined, state: DialogState | undefined): boolean {
  for (const instance of state?.dialogStack ?? []) {
    const dialog = find(instance.id);
    if (!dialog) return false;
    const saved = instance.state as Record<string, unknown> | undefined;
    if (dialog instanceof WaterfallDialog) {
      // getVersion() is `${id}:${number of steps}`: the only public view of the step count.
      const steps = Number(dialog.getVersion().slice(dialog.id.length + 1));
      const index = saved?.stepIndex;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= steps) return false;
    }
    if (dialog instanceof ComponentDialog && !dialogStackCompatible((id) => dialog.findDialog(id), saved?.dialogs as DialogState | undefined)) return false;
  }
  return true;
}
