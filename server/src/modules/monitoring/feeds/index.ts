/**
 * Feeds: bytes from a source to plain-text items. The ingest pipeline calls decodeBody then
 * parseFeed on what safeFetch returns; `yuqing feed parse` is feedParseCommand.
 */
export { decodeBody, type DecodedBody, type EncodingSource } from './decode.js';
export { FeedError } from './feed-error.js';
export type { FeedItem, FeedKind, ParsedFeed } from './feed-model.js';
export { feedParseCommand, type CommandIo, type FetchFeed } from './feed-command.js';
export { htmlToText } from './html-to-text.js';
export type { FeedErrorCode } from './messages.js';
export { parseFeed, type ParseFeedOptions } from './parse-feed.js';
