import { defaultAccountsContract } from './default-accounts-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(defaultAccountsContract, 'chatops-default-accounts-');
