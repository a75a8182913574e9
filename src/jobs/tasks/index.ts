// Every task Intake runs, one file each; the file name is the task name.
import type { TaskDefinition } from '../task-definition.ts';
import { processConversationStep } from './process-conversation-step.ts';
import { generateRecommendation } from './generate-recommendation.ts';
import { deliverWebhook } from './deliver-webhook.ts';

export const TASKS = [processConversationStep, generateRecommendation, deliverWebhook] as unknown as TaskDefinition<never>[];
