import { customActionsContract } from './custom-actions-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(customActionsContract, 'chatops-custom-actions-');
