import type { Locale } from '@yuqing/common';
import { FEED_ERROR_MESSAGES, fillTemplate, type FeedErrorCode } from './messages.js';

/**
 * Why a body is not a feed we can read. The only error `parseFeed` throws: anything the XML
 * parser or JSON.parse raises is caught and re-worded as one of these, so a source's health record
 * and the command line always get words, never a stack trace.
 */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    /** Short and technical (the parser's own words, a root element name); shown inside the message. */
    readonly detail = '',
  ) {
    super(fillTemplate(FEED_ERROR_MESSAGES[code], 'en', { detail }));
    this.name = 'FeedError';
  }

  messageIn(locale: Locale): string {
    return fillTemplate(FEED_ERROR_MESSAGES[this.code], locale, { detail: this.detail });
  }
}
