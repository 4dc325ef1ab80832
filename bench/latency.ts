export async function runLatency(): Promise<void> {}
