import { onEveryStore } from './store-backings.js';
import { userRolesContract } from './user-roles-contract.js';

onEveryStore(userRolesContract, 'chatops-user-roles-');
