import { ServerProcess } from '../../bench/processes';

/** The bot as its own process (as `npm start` runs it, from source), on 127.0.0.1 and a free port. */
export class BotProcess extends ServerProcess {
  constructor(env: Record<string, string>) {
    super('src/index.ts', env);
  }
}
