import { deliveryContract } from './delivery-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(deliveryContract, 'chatops-delivery-');
