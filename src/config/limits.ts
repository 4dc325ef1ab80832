/** Limits of channel configurations, as AWS Chatbot documents them for its own configurations. */
export const LIMITS = {
  /** Configuration names: 1–128 letters, digits, - or _. */
  nameMax: 128,
  /** Tags per configuration. */
  tagsMax: 50,
  /** Tag key length in Unicode characters. */
  tagKeyMax: 128,
  /** Tag value length in Unicode characters. */
  tagValueMax: 256,
} as const;
