import { z } from 'zod';

/** The YAML file format of templates/notifications/<source>/<detail-type>.yml. */
export const templateFileSchema = z
  .object({
    /** Free text for humans; ignored. */
    description: z.string().optional(),
    title: z.string().min(1).optional(),
    summary: z.string().optional(),
    fields: z
      .array(
        z.strictObject({
          label: z.string().min(1),
          value: z.string(),
          url: z.string().optional(),
          short: z.boolean().optional(),
        }),
      )
      .optional(),
    sections: z
      .array(
        z.strictObject({
          title: z.string().optional(),
          text: z.string(),
        }),
      )
      .optional(),
    footer: z.string().optional(),
  })
  .strict();

export type TemplateFile = z.infer<typeof templateFileSchema>;
