// Built-in onboarding templates by id, parsed with the template schema once and cached.
import { templateSchema, type Template } from '../template.ts';
import facilitySite from './facility-site.json' with { type: 'json' };

export const DEFAULT_TEMPLATE_ID = 'facility-site';

/** Raised for a template id that is not built in; `code` is stable for the HTTP layer. */
export class UnknownTemplateError extends Error {
  readonly code = 'unknown_template';
  readonly templateId: string;
  constructor(templateId: string) {
    super(`unknown template "${templateId}"`);
    this.name = 'UnknownTemplateError';
    this.templateId = templateId;
  }
}

const sources: Record<string, unknown> = { [DEFAULT_TEMPLATE_ID]: facilitySite };
const parsed = new Map<string, Template>();

/** The parsed template; throws UnknownTemplateError for an unknown id, and a ZodError if a built-in file is invalid. */
export function loadTemplate(id: string = DEFAULT_TEMPLATE_ID): Template {
  const cached = parsed.get(id);
  if (cached) return cached;
  if (!Object.hasOwn(sources, id)) throw new UnknownTemplateError(id);
  const template = templateSchema.parse(sources[id]);
  parsed.set(id, template);
  return template;
}

export function listTemplates(): Array<{ id: string; version: number; title: string }> {
  return Object.keys(sources).map((id) => {
    const template = loadTemplate(id);
    return { id: template.id, version: template.version, title: template.title };
  });
}
