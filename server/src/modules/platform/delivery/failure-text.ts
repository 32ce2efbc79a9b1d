import { DELIVERY_FAILURES, DELIVERY_KIND_LABELS, fillTemplate, type DeliveryKind, type Locale } from '@yuqing/common';
import type { DeliveryFailure } from './types.js';

const isKind = (v: string): v is DeliveryKind => v in DELIVERY_KIND_LABELS;

/** A failure in the reader's language; a `platform` parameter holds the target's kind and is told by its label. */
export function describeFailure(failure: DeliveryFailure, locale: Locale): string {
  const params = Object.fromEntries(Object.entries(failure.params).map(([k, v]) => [k, String(v)]));
  if (params.platform && isKind(params.platform)) params.platform = DELIVERY_KIND_LABELS[params.platform][locale];
  return fillTemplate(DELIVERY_FAILURES[failure.code], locale, params);
}
