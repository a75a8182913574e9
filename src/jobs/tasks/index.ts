// Every task Intake runs, one file each; the file name is the task name.
import type { TaskDefinition } from '../task-definition.ts';
import { processConversationStep } from './process-conversation-step.ts';
import { generateRecommendation } from './generate-recommendation.ts';
import { deliverWebhook } from './deliver-webhook.ts';
import { processDocument } from './process-document.ts';
import { processSiteAudit } from './process-site-audit.ts';
import { remakeRecommendation } from './remake-recommendation.ts';

export const TASKS = [processConversationStep, generateRecommendation, deliverWebhook, processDocument, processSiteAudit, remakeRecommendation] as unknown as TaskDefinition<never>[];
