/** The parts of a message sender the background trusts (runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** A content script of ours, running in a web page's frame. */
export function isOwnContentScript(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId &&
    sender.tab?.id !== undefined &&
    typeof sender.frameId === 'number' &&
    !(sender.url ?? '').startsWith(extensionOrigin)
  );
}

/** One of our own extension pages (sidebar, options), wherever it is shown. */
export function isOwnExtensionPage(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && (sender.url ?? '').startsWith(extensionOrigin);
}
