import { auditContract } from './audit-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(auditContract, 'chatops-audit-');
