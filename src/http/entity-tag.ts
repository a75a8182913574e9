// A recommendation's entity tag (RFC 9110 §8.8.3) and the If-Match condition (§13.1.1) its edit, approval and
// rejection honour: strong comparison, "*" for any current revision, several tags separated by commas.
import { IntakeError } from '../errors.ts';
import type { RevisionCondition } from '../conversation/recommendation-service.ts';

export function recommendationETag(revision: number): string {
  return `"rev-${revision}"`;
}

const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/;
const REVISION_TAG = /^rev-(\d{1,9})$/;

/** The revisions an If-Match header accepts; undefined when the header is absent (the change is unconditional). */
export function parseIfMatch(header: string | string[] | undefined): RevisionCondition | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  if (value === '*') return () => true;
  const revisions = new Set<number>();
  const tags = value.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  if (tags.length === 0) throw malformed();
  for (const tag of tags) {
    const parsed = ENTITY_TAG.exec(tag);
    if (parsed === null) throw malformed();
    // A weak tag never matches strongly, and a tag we never issued matches no revision: both fail the condition.
    const revision = parsed[1] === undefined ? REVISION_TAG.exec(parsed[2]!)?.[1] : undefined;
    if (revision !== undefined) revisions.add(Number(revision));
  }
  return (revision) => revisions.has(revision);
}

function malformed(): IntakeError {
  return new IntakeError('validation_failed', 'If-Match must be "*" or the entity tags the recommendation was read with, e.g. If-Match: "rev-3" (its ETag header).', { header: 'if-match' });
}
