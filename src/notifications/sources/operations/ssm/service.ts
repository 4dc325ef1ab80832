/** The service name shown on Systems Manager cards. */
export const SSM = 'AWS Systems Manager';
