import { buttonTokensContract } from './button-tokens-contract.js';
import { onEveryStore } from './store-backings.js';

onEveryStore(buttonTokensContract, 'chatops-button-tokens-');
