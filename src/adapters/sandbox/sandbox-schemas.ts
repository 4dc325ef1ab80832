import { z } from 'zod';

const requiredString = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

const userName = requiredString(80).refine((name) => name.toLowerCase() !== 'bot', '"bot" is reserved for the app');

const anObject = { error: 'expected a JSON object (Content-Type: application/json)' };

/** POST /sandbox/api/channels/{id}/messages */
export const chatMessageBody = z.object(
  {
    user: userName,
    text: requiredString(4000),
    threadId: requiredString(200).optional(),
  },
  anObject,
);

/** POST /sandbox/api/actions */
export const actionBody = z.object(
  {
    messageId: requiredString(200),
    actionId: requiredString(255),
    user: userName,
    values: z
      .record(z.string().max(255), z.string({ error: 'must map names to strings' }).max(4000, 'values must be at most 4000 characters'), { error: 'must be an object of strings' })
      .refine((values) => Object.keys(values).length <= 50, 'must hold at most 50 entries')
      .optional(),
  },
  anObject,
);
