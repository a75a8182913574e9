// A record's bare "name" key names what its object is: a person under "contact" or "visitor", but a place, a firm, a shift or
// a machine under "site", "issuer", "shifts" or "printer" (`site:⏎  name: "Ørestad Syd"`, `"issuer":{"name":"Vigiprotec"}`,
// `shifts:⏎  - {name: dia, …}`). The object's own key is read back from the "name" key: in JSON or a YAML flow mapping, the
// key before the enclosing '{' (or before the '[' of the list it stands in, past the elements before it); in a YAML block,
// the key of the nearest line above indented less. A key at the top, or one not listed here, says nothing, and the name is
// judged as any.
import { APOSTROPHE, COLON, COMMA, EQUALS_SIGN, HYPHEN, LEFT_BRACE, LEFT_BRACKET, LINE_FEED, QUOTATION_MARK, RIGHT_BRACE, RIGHT_BRACKET, SPACE, TAB } from '../char-codes.ts';

// The keys of objects that are no person's, singular: a list's plural key is looked up without its 's' ("shifts", "sites").
const ENTITY_KEYS: ReadonlySet<string> = new Set(['site', 'location', 'building', 'property', 'facility', 'premises', 'company', 'client',
  'customer', 'vendor', 'supplier', 'issuer', 'org', 'organisation', 'organization', 'business_unit', 'businessunit', 'unit', 'team', 'department',
  'dept', 'shift', 'post', 'route', 'tour', 'checkpoint', 'gate', 'zone', 'area', 'region', 'printer', 'device', 'meter', 'asset', 'camera',
  'panel', 'product', 'service', 'app', 'application', 'project', 'queue', 'channel', 'role', 'group', 'plan', 'template', 'task', 'job', 'event',
  'file', 'server', 'model', 'brand', 'manufacturer', 'make', 'carrier', 'bank', 'contract']);

// How far back the enclosing '{' and a YAML block's parent line are looked for.
const MAX_OBJECT_SCAN = 2000;
const KEY_CHARACTER = /[\w-]/;
const YAML_PARENT_LINE = /^[ \t]*(?:-[ \t]+)?["']?([\w-]+)["']?[ \t]*:[ \t]*(?:#.*)?$/;

/** Whether the object whose bare "name" key starts at `keyStart` is one of ENTITY_KEYS' (see above). */
export function isEntityNameKeyAt(text: string, keyStart: number): boolean {
  return isEntityKey(objectKeyOf(text, keyStart));
}

/** Whether `key` (lower case) is one of ENTITY_KEYS, or its plural. */
export const isEntityKey = (key: string): boolean => key !== '' && (ENTITY_KEYS.has(key) || (key.endsWith('s') && ENTITY_KEYS.has(key.slice(0, -1))));

// An export's first column keys its rows by what they are: "site_code", "asset_id", "client_ref".
const ROW_KEY = /^([a-z]+)_(?:code|id|ref|no|number)$/;

/**
 * Whether the CSV header's first heading `key` keys rows that are no person's ("site_code,name,street,city"): its bare "name"
 * column is then the site's, as under a JSON "site" key. "employee_id,nama,…" keys people.
 */
export function isEntityRowKey(key: string): boolean {
  const match = ROW_KEY.exec(key);
  return match !== null && isEntityKey(match[1]!);
}

/** The key of the object the key at `keyStart` stands in, lower-cased; '' if none is found. */
function objectKeyOf(text: string, keyStart: number): string {
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  // A YAML block's key: only blanks, or a list item's dash, before it on its line.
  if (/^[ \t]*(?:-[ \t]+)?["']?$/.test(text.slice(lineStart, keyStart))) return yamlParentKey(text, lineStart);
  let depth = 0;
  for (let at = keyStart - 1; at >= Math.max(0, keyStart - MAX_OBJECT_SCAN); at--) {
    const code = text.charCodeAt(at);
    if (code === RIGHT_BRACE) depth++;
    else if (code === LEFT_BRACE && depth-- === 0) return keyBeforeOpening(text, at);
  }
  return '';
}

/** The key before the '{' or '[' at `opening`: a JSON or flow key and its colon, the '[' of a list, or a YAML list item's dash. */
function keyBeforeOpening(text: string, opening: number): string {
  let at = opening - 1;
  while (at >= 0 && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === LINE_FEED)) at--;
  const code = text.charCodeAt(at);
  if (code === LEFT_BRACKET) return keyBeforeOpening(text, at);
  // A later element of a list: its '[' is read back to, past the elements before.
  if (code === COMMA) {
    const listStart = enclosingListStart(text, at, opening);
    return listStart === -1 ? '' : keyBeforeOpening(text, listStart);
  }
  if (code === HYPHEN) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return /^[ \t]*$/.test(text.slice(lineStart, at)) ? yamlParentKey(text, lineStart) : '';
  }
  if (code !== COLON && code !== EQUALS_SIGN) return '';
  at--;
  while (at >= 0 && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === QUOTATION_MARK || text.charCodeAt(at) === APOSTROPHE)) at--;
  const keyEnd = at + 1;
  while (at >= 0 && KEY_CHARACTER.test(text[at]!)) at--;
  return text.slice(at + 1, keyEnd).toLowerCase();
}

/** The '[' that the list element ending at the comma `comma` stands in, read back no further than MAX_OBJECT_SCAN from `from`; -1 if none. */
function enclosingListStart(text: string, comma: number, from: number): number {
  let depth = 0;
  for (let at = comma - 1; at >= Math.max(0, from - MAX_OBJECT_SCAN); at--) {
    const code = text.charCodeAt(at);
    if (code === RIGHT_BRACE || code === RIGHT_BRACKET) depth++;
    else if (code === LEFT_BRACE || code === LEFT_BRACKET) {
      if (depth === 0) return code === LEFT_BRACKET ? at : -1;
      depth--;
    }
  }
  return -1;
}

/** The key of the nearest line above `lineStart` indented less than it, where that line is a key alone ("site:"); '' if none. */
function yamlParentKey(text: string, lineStart: number): string {
  const indent = indentOf(text, lineStart);
  for (let end = lineStart - 1; end > 0 && lineStart - end < MAX_OBJECT_SCAN;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && !line.trimStart().startsWith('#') && indentOf(text, start) < indent) return YAML_PARENT_LINE.exec(line)?.[1]?.toLowerCase() ?? '';
    end = start - 1;
  }
  return '';
}

function indentOf(text: string, lineStart: number): number {
  let at = lineStart;
  while (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB) at++;
  return at - lineStart;
}
