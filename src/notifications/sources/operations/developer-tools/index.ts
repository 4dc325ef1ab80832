import type { SourceDefinition } from '../../types.js';
import { codeBuild } from './codebuild.js';
import { codeDeploy } from './codedeploy.js';
import { codePipeline } from './codepipeline.js';

/** Developer tools: CodePipeline, CodeBuild, CodeDeploy (EventBridge and CodeStar Notifications forms). */
export const developerToolsSources: SourceDefinition[] = [codePipeline, codeBuild, codeDeploy];
