import { isLoopbackHost, type Config } from '../config';

/**
 * Whether the bot may send its replies to an activity's serviceUrl. With an app id, the adapter has authenticated the
 * channel that named it. Without one (anonymous), nothing is authenticated, so replies may go only where they stay on
 * this machine: a loopback serviceUrl (the Emulator, a local test channel), and only while the server itself listens
 * on loopback alone (so the caller is on this machine too). An anonymous server open to the network
 * (ALLOW_REMOTE_ANONYMOUS) takes no activity on /api/messages at all: its local chat page replies in-process.
 */
export function serviceUrlAllowed(serviceUrl: string, config: Pick<Config, 'anonymous' | 'loopbackOnly'>): boolean {
  if (!config.anonymous) return true;
  if (!config.loopbackOnly) return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '' && isLoopbackHost(url.hostname);
}
