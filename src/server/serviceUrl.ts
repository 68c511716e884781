import type { Config } from '../config';

/**
 * Whether the bot may send its replies to an activity's serviceUrl. With an app id, the adapter has authenticated the
 * channel that named it. Without one (anonymous), nothing is authenticated, so replies may go only to this server's
 * own origin and to the local programs listed in LOCAL_SERVICE_URLS (the Agents Playground, the Emulator, a test
 * channel), and only while the server itself listens on loopback alone: not to any other loopback port or path,
 * which a page whose domain was pointed at 127.0.0.1 could otherwise choose (issue 23). An anonymous server open to
 * the network (ALLOW_REMOTE_ANONYMOUS) takes no activity on /api/messages at all: its local chat page replies
 * in-process.
 */
export function serviceUrlAllowed(serviceUrl: string, config: Pick<Config, 'anonymous' | 'loopbackOnly' | 'localServiceOrigins'>, ownOrigin: string): boolean {
  if (!config.anonymous) return true;
  if (!config.loopbackOnly) return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  return url.origin === ownOrigin || config.localServiceOrigins.includes(url.origin);
}
