import * as z from 'zod';

/** The parts of a webhook payload the bot reads, narrowed once (real payloads carry much more). */
const issueSchema = z.object({ number: z.number().int().positive(), pull_request: z.unknown().optional() });
const labelSchema = z.object({ name: z.string() });
const userSchema = z.object({ login: z.string(), type: z.string().optional() });

export const eventSchema = z.object({
  action: z.string().optional(),
  issue: issueSchema.optional(),
  pull_request: z
    .object({
      number: z.number().int().positive(),
      merged: z.boolean().nullable().optional(),
      head: z.object({ ref: z.string() }),
      base: z.object({ ref: z.string() }),
    })
    .optional(),
  label: labelSchema.optional(),
  sender: userSchema.optional(),
  ref: z.string().optional(),
  commits: z
    .array(
      z.object({
        added: z.array(z.string()).optional(),
        modified: z.array(z.string()).optional(),
        removed: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  repository: z.object({ default_branch: z.string().optional() }).optional(),
});

export type EventPayload = z.infer<typeof eventSchema>;

export function readEvent(payload: unknown): EventPayload {
  const parsed = eventSchema.safeParse(payload);
  return parsed.success ? parsed.data : {};
}
