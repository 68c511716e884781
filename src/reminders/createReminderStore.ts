import type { Config } from '../config';
import { createStorage } from '../storage/createStorage';
import { DAY_MS, REMINDER_KEEP_DAYS, ReminderStore } from './store';

/**
 * The reminder store: the same kind of store as the state (memory, Blob, Cosmos DB), but its own one (the container
 * `<name>-reminders`), kept apart from conversation state, through ProtectedStorage (expiry after REMINDER_KEEP_DAYS,
 * eTag-conditional writes). In memory it is one process's (reminders are lost on restart, as state is).
 */
export function createReminderStore(config: Config): ReminderStore {
  const store = config.stateStore;
  const stateStore = store.kind === 'memory' ? store : { ...store, container: `${store.container}-reminders` };
  return new ReminderStore(createStorage({ ...config, stateStore, stateTtlMs: REMINDER_KEEP_DAYS * DAY_MS }, undefined, 'reminders'));
}
