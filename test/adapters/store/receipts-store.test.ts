import { receiptsContract } from './receipts-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(receiptsContract, 'chatops-receipts-');
