/**
 * Sources (信息源): feeds, watched pages, JSON APIs, push, import and manual entry, each per unit
 * with a media tier, a schedule and a health record. Every path ends in ingest() (ingest.ts).
 */
export { sourceRoutes } from './source.routes.js';
export { createSource, sourceInScope } from './source.service.js';
export { pollDueSources, pollSource, formatPollTable, type PollResult } from './poll.js';
export { ingest } from './ingest.js';
export { readImportFile, formatOf, IMPORT_FORMATS, ImportFileError, type ImportFormat } from './import-file.js';
export { MAPPING_PRESETS, type FieldMapping } from './field-mapping.js';
export { signBody, SIGNATURE_HEADER } from './push-body.js';
export { findSource } from './source.repository.js';
export { DEMO_REPLAY_QUEUE, runDemoReplay } from './demo-replay.js';
