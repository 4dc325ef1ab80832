import { installationsContract } from './installations-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(installationsContract, 'chatops-installations-');
