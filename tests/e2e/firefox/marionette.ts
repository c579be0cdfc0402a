import { connect, type Socket } from 'node:net';

/**
 * A minimal client of Firefox's Marionette protocol (WebDriver classic, the wire geckodriver
 * speaks). Firefox's WebDriver BiDi leaves out every document of an extension (card, sidebar,
 * options page) until Mozilla bug 1755014 is fixed; Marionette reaches them. Packets are
 * `<byte length>:<JSON>`; a command is `[0, id, name, params]`, an answer `[1, id, error, result]`.
 */
export interface MarionetteClient {
  send<T = unknown>(name: string, params?: object): Promise<T>;
  close(): void;
}

export class MarionetteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

type Packet = [number, number, { error: string; message: string } | null, unknown];

/** Splits the byte stream into packets and hands each parsed one on. */
function readPackets(socket: Socket, onPacket: (packet: unknown) => void): void {
  let buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      const end = colon + 1 + length;
      if (buffer.length < end) return;
      onPacket(JSON.parse(buffer.subarray(colon + 1, end).toString('utf8')));
      buffer = buffer.subarray(end);
    }
  });
}

export async function connectMarionette(port: number): Promise<MarionetteClient> {
  const socket = connect(port, '127.0.0.1');
  const pending = new Map<number, Pending>();
  let greeted: () => void = () => undefined;
  const greeting = new Promise<void>((resolve) => (greeted = resolve));
  readPackets(socket, (packet) => {
    if (!Array.isArray(packet)) {
      greeted(); // the server's hello: {applicationType, marionetteProtocol}
      return;
    }
    const [, id, error, result] = packet as Packet;
    const waiting = pending.get(id);
    pending.delete(id);
    if (error) waiting?.reject(new MarionetteError(error.error, error.message));
    else waiting?.resolve(result);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.on('close', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('Marionette closed'));
    pending.clear();
  });
  await greeting;
  let nextId = 1;
  return {
    send<T>(name: string, params: object = {}) {
      const id = nextId++;
      const json = JSON.stringify([0, id, name, params]);
      socket.write(`${Buffer.byteLength(json)}:${json}`);
      return new Promise<T>((resolve, reject) =>
        pending.set(id, { resolve: (value) => resolve(value as T), reject }),
      );
    },
    close() {
      socket.destroy();
    },
  };
}
