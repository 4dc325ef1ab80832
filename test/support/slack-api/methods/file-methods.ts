import { channelFor, fail, invalidArguments, isFailure, ok, type FakeMethod } from '../method.js';
import { int, str } from '../read-request.js';
import type { FakeSlackFile } from '../types.js';

/** files.getUploadURLExternal: step 1 of files.uploadV2, an upload URL on this server and a file id. */
const getUploadUrl: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const filename = str(ctx.args, 'filename');
    const length = int(ctx.args, 'length');
    if (!filename) return invalidArguments('missing required field: filename');
    if (length === undefined || length < 1) return invalidArguments('missing required field: length');
    const fileId = ctx.workspace.newId('F');
    ctx.workspace.uploads.set(fileId, { fileId, filename, length });
    return ok({ upload_url: `${ctx.origin}/upload/v1/${fileId}`, file_id: fileId });
  },
};

/** files.completeUploadExternal: step 3, makes the uploaded files real and shares them in a channel or thread. */
const completeUpload: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const entries = ctx.args.files;
    if (!Array.isArray(entries) || entries.length === 0) return invalidArguments('must provide a JSON array of files [json-pointer:/files]');
    const channelId = str(ctx.args, 'channel_id') ?? str(ctx.args, 'channels');
    const threadTs = str(ctx.args, 'thread_ts') || undefined;
    if (channelId !== undefined) {
      const channel = channelFor({ ...ctx, args: { ...ctx.args, channel: channelId } }, 'post');
      if (isFailure(channel)) return channel;
      if (threadTs !== undefined && !channel.log.has(threadTs)) return fail('invalid_thread_ts');
    }
    const uploads: { id: string; filename: string; title: string; content: string }[] = [];
    for (const entry of entries as unknown[]) {
      const e = (entry ?? {}) as Record<string, unknown>;
      const upload = ctx.workspace.uploads.get(String(e.id));
      if (upload?.content === undefined) return fail('file_not_found');
      uploads.push({ id: upload.fileId, filename: upload.filename, title: str(e, 'title') ?? upload.filename, content: upload.content });
    }
    const created = Math.floor(Date.now() / 1000);
    const comment = str(ctx.args, 'initial_comment');
    const files = uploads.map(({ id, filename, title, content }) => {
      ctx.workspace.uploads.delete(id);
      const file: FakeSlackFile = { id, filename, title, content };
      if (channelId !== undefined) file.channel = channelId;
      if (channelId !== undefined && threadTs !== undefined) file.thread_ts = threadTs;
      if (comment !== undefined) file.initialComment = comment;
      ctx.workspace.files.push(file);
      return {
        id: file.id, title, name: file.filename, mimetype: 'text/plain', filetype: 'text', pretty_type: 'Plain Text',
        size: Buffer.byteLength(file.content), user: ctx.team.botUserId, user_team: ctx.team.id, created, timestamp: created,
        is_external: false, is_public: channelId !== undefined, mode: 'snippet',
        url_private: `https://files.slack.com/files-pri/${ctx.team.id}-${file.id}/${encodeURIComponent(file.filename)}`,
        permalink: `https://${ctx.team.domain}.slack.com/files/${ctx.team.botUserId}/${file.id}/${encodeURIComponent(file.filename)}`,
        channels: channelId !== undefined ? [channelId] : [],
      };
    });
    return ok({ files });
  },
};

export const fileMethods: Record<string, FakeMethod> = {
  'files.getUploadURLExternal': getUploadUrl,
  'files.completeUploadExternal': completeUpload,
};
