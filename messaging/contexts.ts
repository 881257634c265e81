/** Every context that may send a runtime message, named by where it runs. */
export const senderKinds = [
  'background',
  'popup',
  'options',
  'sidebar',
  'dashboard',
  'activity',
  'capture',
  'plan',
  'content',
] as const;
export type SenderKind = (typeof senderKinds)[number];

/** Extension pages by their HTML file; anything else from our own id in a tab is the content script. */
const pageKinds: Record<string, SenderKind> = {
  '/popup.html': 'popup',
  '/options.html': 'options',
  '/sidebar.html': 'sidebar',
  '/dashboard.html': 'dashboard',
  '/activity.html': 'activity',
  '/capture.html': 'capture',
  '/plan.html': 'plan',
  '/background.html': 'background',
};

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Which context sent a message, or null when it is not ours. A web page cannot reach runtime.onMessage
 * (no externally_connectable), but the check stands anyway: the id must be ours and the URL must fit the kind.
 */
export function senderKindOf(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` === extensionOrigin.replace(/\/$/, '')) return pageKinds[url.pathname] ?? null;
  // Not an extension page: only a content script, which always runs in a tab.
  return sender.tab ? 'content' : null;
}
