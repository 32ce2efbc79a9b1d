import { DELIVERY_FAILURES, fillTemplate, type Locale } from '@yuqing/common';
import type { DeliveryFailure } from './types.js';

/** A failure in the reader's language. */
export const describeFailure = (failure: DeliveryFailure, locale: Locale) =>
  fillTemplate(DELIVERY_FAILURES[failure.code], locale, Object.fromEntries(Object.entries(failure.params).map(([k, v]) => [k, String(v)])));
