import { get, getStr } from '../../read.js';
import type { CodeStarExtras } from './codestar.js';
import { text } from '../shared/values.js';

/** Where a pipeline execution's code came from and who started it, in a few words. */
export interface PipelineSource {
  repository?: string;
  branch?: string;
  tag?: string;
  commitId?: string;
  commitMessage?: string;
  author?: string;
  trigger?: string;
  /** "my-repo@main (8cf40f2)" */
  summary?: string;
}

export function pipelineSource(detail: unknown, extras: CodeStarExtras): PipelineSource {
  const t = get(detail, 'execution-trigger');
  const vars = extras.sourceActions[0]?.variables ?? {};
  const repository = text(getStr(t, 'full-repository-name')) ?? vars.FullRepositoryName ?? vars.RepositoryName;
  const branch = text(getStr(t, 'branch-name')) ?? vars.BranchName;
  const tag = text(getStr(t, 'tag-name'));
  const commitId = text(getStr(t, 'commit-id'))?.replace(/`/g, '') ?? vars.CommitId;
  const triggerType = text(getStr(t, 'trigger-type'));
  const triggerDetail = text(getStr(t, 'trigger-detail'));
  const ref = tag ?? branch;
  const where = [repository, ref].filter(Boolean).join('@');
  const shortCommit = commitId && /^[0-9a-f]{12,}$/i.test(commitId) ? commitId.slice(0, 7) : commitId;
  const summary = [where || undefined, shortCommit ? `(${shortCommit})` : undefined].filter(Boolean).join(' ') || undefined;
  return {
    repository,
    branch,
    tag,
    commitId,
    commitMessage: text(getStr(t, 'commit-message')) ?? vars.CommitMessage,
    author: text(getStr(t, 'author-display-name')) ?? text(getStr(t, 'author-id')),
    trigger: triggerType ? [triggerType, triggerDetail ? `by ${triggerDetail}` : undefined].filter(Boolean).join(' ') : undefined,
    summary,
  };
}
