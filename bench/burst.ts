export async function runBurst(): Promise<void> {}
