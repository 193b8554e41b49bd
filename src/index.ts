/** The package entry: defines <tip-jar> and exports its class and types. */
import './define.js';

export { TipJarElement } from './tip-jar.js';
export type { TipJarOption } from './tip-jar.js';
export type { CloseReason, TipJarEventDetails, TipJarEventMap, TipJarEventName } from './events.js';
