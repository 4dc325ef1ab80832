import { aliasesContract } from './aliases-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(aliasesContract, 'chatops-aliases-');
