/** Every message of the extension travels in this envelope, so each router can tell its own. */
export interface Envelope<Name extends string = string, Payload = unknown> {
  laipni: 1;
  name: Name;
  payload: Payload;
}

export function envelope<Name extends string, Payload>(
  name: Name,
  payload: Payload,
): Envelope<Name, Payload> {
  return { laipni: 1, name, payload };
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { laipni?: unknown }).laipni === 1 &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}
