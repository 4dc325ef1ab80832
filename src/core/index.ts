export * from './card.js';
export * from './notification.js';
export * from './errors.js';
export * from './chat-event.js';
