/**
 * The limits of command aliases. From the reference (AWS Chatbot Administrator Guide, "Creating a
 * command alias"): an alias name has a 100 character limit and the command a 5,000 character
 * limit. The reference gives no rule for the characters of a name nor a count: names here are
 * letters, digits, "-" and "_" (as AWS Chatbot's CreateCustomAction AliasName pattern), and a
 * channel keeps at most 100 aliases, so `alias list` stays readable in one card.
 */
export const ALIAS_LIMITS = {
  nameLength: 100,
  commandLength: 5000,
  perChannel: 100,
} as const;

/** What an alias name may look like. */
export const ALIAS_NAME = /^[A-Za-z0-9_-]+$/;
