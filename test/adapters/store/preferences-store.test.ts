import { preferencesContract } from './preferences-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(preferencesContract, 'chatops-preferences-');
