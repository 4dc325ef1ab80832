import { dialogsContract } from './dialogs-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(dialogsContract, 'chatops-dialogs-');
