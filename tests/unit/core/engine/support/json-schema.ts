/**
 * A small JSON Schema (draft 2020-12) checker for the keywords pack.schema.json uses: type,
 * properties, required, additionalProperties, items, enum, const, pattern, minLength, minimum,
 * $ref to #/$defs, oneOf, anyOf. No package in the project validates 2020-12, and this is enough
 * to prove the built-in pack matches the published schema.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeOf(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validate(schema: Schema, value: Json, root: Schema = schema, path = '$'): string[] {
  const errors: string[] = [];
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/$defs/', '');
    const defs = root.$defs;
    const target = isObject(defs) ? defs[name] : undefined;
    if (!isObject(target)) return [`${path}: unresolved ${ref}`];
    return validate(target, value, root, path);
  }
  const type = schema.type;
  if (typeof type === 'string') {
    const actual = typeOf(value);
    const ok = actual === type || (type === 'number' && actual === 'integer');
    if (!ok) return [`${path}: expected ${type}, got ${actual}`];
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value))
    errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (
    Array.isArray(schema.enum) &&
    !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))
  ) {
    errors.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum)
    errors.push(`${path}: below ${schema.minimum}`);
  if (Array.isArray(value) && isObject(schema.items)) {
    const items = schema.items;
    value.forEach((v, i) => errors.push(...validate(items, v, root, `${path}[${i}]`)));
  }
  if (isObject(value)) {
    const props = isObject(schema.properties) ? schema.properties : {};
    if (Array.isArray(schema.required)) {
      for (const r of schema.required)
        if (typeof r === 'string' && !(r in value)) errors.push(`${path}: missing ${r}`);
    }
    for (const [k, v] of Object.entries(value)) {
      const sub = props[k];
      if (isObject(sub)) errors.push(...validate(sub, v, root, `${path}.${k}`));
      else if (schema.additionalProperties === false)
        errors.push(`${path}: unexpected property ${k}`);
    }
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key];
    if (!Array.isArray(options)) continue;
    const passing = options.filter(
      (o) => isObject(o) && validate(o, value, root, path).length === 0,
    ).length;
    if (key === 'oneOf' ? passing !== 1 : passing === 0)
      errors.push(`${path}: ${key} matched ${passing} alternatives`);
  }
  return errors;
}
