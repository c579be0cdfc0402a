import type { ConnectionTransport } from 'puppeteer-core';

/**
 * Puppeteer's transport to a WebDriver BiDi session that Marionette already created (Firefox
 * keeps one session for both protocols). Puppeteer opens its own session with `session.new`;
 * here that command is answered with the existing session, everything else goes to Firefox.
 */
export async function existingSessionTransport(
  webSocketUrl: string,
  session: { sessionId: string; capabilities: object },
): Promise<ConnectionTransport> {
  const socket = new WebSocket(webSocketUrl);
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error(`cannot reach WebDriver BiDi at ${webSocketUrl}`));
  });
  const transport: ConnectionTransport = {
    send(text) {
      const message = JSON.parse(text) as { id: number; method: string };
      if (message.method !== 'session.new') {
        socket.send(text);
        return;
      }
      const answer = { id: message.id, type: 'success', result: session };
      queueMicrotask(() => transport.onmessage?.(JSON.stringify(answer)));
    },
    close() {
      socket.close();
    },
  };
  socket.onmessage = (event) => transport.onmessage?.(String(event.data));
  socket.onclose = () => transport.onclose?.();
  return transport;
}
