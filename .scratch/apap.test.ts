import { it } from 'vitest';
import { Conversation } from '../test/helpers/conversation';
it('x', async () => {
  const c = new Conversation({ siteCountry: 'US' });
  await c.start();
  for (const l of ['yes', 'ALT 720 U/L 7-40; AST 30 U/L 13-35', '34', 'no', 'none', 'no', 'Tylenol', '2 tablets twice a day', 'no']) console.log('>>', l, '\n', (await c.ask(l)).slice(0, 300));
});
