import { z } from 'zod';

/**
 * AWS Chatbot's custom notification schema, version 1.0, with its documented limits: version
 * "1.0", source "custom", content.description required (≤ 8,000 characters), content.title
 * ≤ 250, each next step ≤ 350, each keyword ≤ 75, textType only "client-markdown",
 * metadata.additionalContext a string → string map. Unknown keys are allowed, as in the
 * reference's OpenAPI schema.
 */
export const CUSTOM_LIMITS = { title: 250, description: 8000, nextStep: 350, keyword: 75 } as const;

export const customNotificationSchema = z.object({
  version: z.literal('1.0'),
  source: z.literal('custom'),
  id: z.string().optional(),
  content: z.object({
    textType: z.literal('client-markdown').optional(),
    title: z.string().max(CUSTOM_LIMITS.title).optional(),
    description: z.string().trim().min(1).max(CUSTOM_LIMITS.description),
    nextSteps: z.array(z.string().max(CUSTOM_LIMITS.nextStep)).optional(),
    keywords: z.array(z.string().max(CUSTOM_LIMITS.keyword)).optional(),
  }),
  metadata: z
    .object({
      threadId: z.string().optional(),
      summary: z.string().optional(),
      eventType: z.string().optional(),
      relatedResources: z.array(z.string()).optional(),
      additionalContext: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});

export type CustomNotification = z.infer<typeof customNotificationSchema>;
