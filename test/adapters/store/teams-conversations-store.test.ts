import { onEveryStore } from './store-backings.js';
import { teamsConversationsContract } from './teams-conversations-contract.js';

onEveryStore(teamsConversationsContract, 'chatops-teams-conversations-');
