import type { SourceDefinition } from '../../types.js';
import { ssmAutomation } from './automation.js';
import { ssmChangeCalendar } from './change-calendar.js';
import { ssmCompliance } from './compliance.js';
import { ssmMaintenanceWindow } from './maintenance-window.js';
import { ssmParameterStore } from './parameter-store.js';
import { ssmRunCommand } from './run-command.js';
import { ssmStateManager } from './state-manager.js';

/** AWS Systems Manager event kinds. */
export const ssmSources: SourceDefinition[] = [ssmAutomation, ssmRunCommand, ssmStateManager, ssmParameterStore, ssmCompliance, ssmMaintenanceWindow, ssmChangeCalendar];
