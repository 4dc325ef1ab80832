export interface ServerSentEvent {
  event: string;
  data: string;
}

export interface EventStreamClient {
  /** The next event (comments and retry lines are skipped). */
  next(): Promise<ServerSentEvent>;
  /** Comment lines seen so far, e.g. "heartbeat". */
  readonly comments: string[];
  close(): void;
}

/** A minimal SSE client over fetch, enough to read what the sandbox stream sends. */
export async function openEventStream(url: string): Promise<EventStreamClient> {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal, headers: { accept: 'text/event-stream' } });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const comments: string[] = [];
  const events: ServerSentEvent[] = [];
  let buffer = '';

  const nextBlock = async (): Promise<string | undefined> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return block;
      }
      const { value, done } = await reader.read();
      if (done) return undefined;
      buffer += value;
    }
  };

  return {
    comments,
    async next() {
      for (;;) {
        const queued = events.shift();
        if (queued) return queued;
        const block = await nextBlock();
        if (block === undefined) throw new Error('stream ended');
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
        }
        if (data.length > 0) events.push({ event, data: data.join('\n') });
      }
    },
    close: () => abort.abort(),
  };
}
