// The human-written parts of a model card, from the file modelgate.yml names (card.info): what no output of the
// pipeline can know. Every field is optional; the card says "not provided" for what is missing.
import { z } from "zod";

const text = z.string().min(1);
const list = z.array(text);

export const cardInfoSchema = z
  .object({
    name: text.optional().describe("The model's name (default: the ONNX file's name)."),
    version: text.optional().describe("The model's version (default: the git commit of the training run)."),
    overview: text.optional().describe("What the model does, in a paragraph."),
    owners: z
      .array(z.object({ name: text, contact: text.optional() }).strict())
      .optional()
      .describe("Who answers for the model."),
    license: text.optional().describe("SPDX license identifier, e.g. `mit` or `apache-2.0`."),
    references: list.optional().describe("Papers, docs or repositories about the model."),
    citation: text.optional().describe("How to cite the model."),
    intended_use: z
      .object({ primary_uses: list.optional(), primary_users: list.optional(), out_of_scope: list.optional() })
      .strict()
      .optional(),
    factors: z
      .object({ relevant: list.optional(), evaluation: list.optional() })
      .strict()
      .optional()
      .describe("Groups, instruments and environments that change how the model performs."),
    training_data: z.object({ description: text.optional(), preprocessing: text.optional() }).strict().optional(),
    evaluation_data: z
      .object({ description: text.optional(), preprocessing: text.optional(), motivation: text.optional() })
      .strict()
      .optional(),
    ethical_considerations: z.array(z.object({ name: text, mitigation: text.optional() }).strict()).optional(),
    caveats: list.optional(),
    recommendations: list.optional(),
    tags: list.optional().describe("Extra Hugging Face tags."),
  })
  .strict();

export type CardInfo = z.infer<typeof cardInfoSchema>;
