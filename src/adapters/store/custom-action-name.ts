/**
 * The key a custom action's name is matched by: as stored (NUL replaced), in lower case. Both
 * stores compute it here, so memory and SQL fold case alike (PostgreSQL's lower() depends on the
 * database's locale).
 */
import { storableText } from './storable.js';

export function actionNameKey(name: string): string {
  return storableText(name).toLowerCase();
}
