import type { Kysely } from 'kysely';
import type { Grade } from '@yuqing/common';
import type { DB } from '../../../db/schema.js';
import type { DeliveryConfig } from '../../platform/delivery/index.js';
import { alertBus, deliverAlerts, raiseAlerts, type AlertBus, type LiveAlert } from '../alerts/index.js';
import { compileRuleSet, parseRule, topicsOfUnit, type RuleNode } from '../topics/index.js';
import { Clusterer, type ClusterOptions, type EventKey } from './cluster.js';
import * as repo from './event.repository.js';
import { gradeRulesFor } from './grade-rules.service.js';
import { refreshEvent } from './refresh-event.js';

export interface ProcessDeps {
  /** The clock: velocity, alerts, quiet hours and watch periods read it. */
  now: () => Date;
  /** Outbound delivery (robots, mail, webhook) of the alerts; without it they stay in the app. */
  delivery?: DeliveryConfig;
  /** Where new alerts go live in this process; the shared bus by default. */
  bus?: AlertBus;
  cluster?: Partial<Omit<ClusterOptions, 'ignoreWords'>>;
}

export interface ProcessResult {
  /** Items found among the ids given. */
  items: number;
  /** New (item, topic) matches written to item_topic. */
  matches: number;
  eventsCreated: number[];
  /** Events that took new items or whose items' counts changed. */
  eventsUpdated: number[];
  /** Events whose grade changed (a new event counts, from null). */
  regraded: { eventId: number; from: Grade | null; to: Grade }[];
  alerts: LiveAlert[];
}

/** Items of a stored event looked at to recognise a repost or weigh words. */
const ITEMS_PER_CANDIDATE = 50;
const HOUR = 3_600_000;

/** Words of a rule's positive terms: every item of the topic contains one, so they say nothing about which story it tells. */
function ruleWords(rule: string): string[] {
  const words: string[] = [];
  const walk = (n: RuleNode, positive: boolean): void => {
    if (n.type === 'term') {
      if (positive) words.push(n.text);
    } else if (n.type === 'near') {
      if (positive) words.push(n.left.text, n.right.text);
    } else if (n.type === 'not') walk(n.child, !positive);
    else if (n.type === 'field') walk(n.child, positive);
    else for (const c of n.children) walk(c, positive);
  };
  walk(parseRule(rule), true);
  return words;
}

/**
 * Topic matching → clustering → regrading → alerts for freshly stored or updated items. Each unit's
 * items are handled in one transaction; once it commits, alerts are published on the bus and sent
 * out (when `deps.delivery` is given; quiet hours hold grade III and IV back). An item
 * already matched keeps its matches and events, whose figures are recomputed (new counts).
 */
export async function processStoredItems(db: Kysely<DB>, itemIds: number[], deps: ProcessDeps): Promise<ProcessResult> {
  const result: ProcessResult = { items: 0, matches: 0, eventsCreated: [], eventsUpdated: [], regraded: [], alerts: [] };
  const items = await repo.itemsByIds(db, [...new Set(itemIds)]);
  result.items = items.length;
  const byUnit = new Map<number, repo.EventItemRow[]>();
  for (const item of items) {
    const list = byUnit.get(item.unit_id);
    if (list) list.push(item);
    else byUnit.set(item.unit_id, [item]);
  }
  for (const [unitId, unitItems] of byUnit) {
    const alerts = await db.transaction().execute((trx) => processUnit(trx, unitId, unitItems, deps, result));
    for (const a of alerts) (deps.bus ?? alertBus).publish(a);
    if (deps.delivery) await deliverAlerts(db, alerts, deps.delivery);
    result.alerts.push(...alerts);
  }
  return result;
}

async function processUnit(db: Kysely<DB>, unitId: number, items: repo.EventItemRow[], deps: ProcessDeps, result: ProcessResult): Promise<LiveAlert[]> {
  await repo.lockUnit(db, unitId);
  const now = deps.now();
  const unit = await db.selectFrom('unit').select(['id', 'name', 'path']).where('id', '=', unitId).executeTakeFirstOrThrow();
  const topics = await topicsOfUnit(db, unitId);
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const ids = items.map((i) => i.id);
  const known = await repo.topicsOfItems(db, ids);
  const knownPairs = new Set(known.map((k) => `${k.item_id}:${k.topic_id}`));

  // Matching: one automaton for all the unit's topics.
  const ruleSet = compileRuleSet(topics.filter((t) => t.enabled === 1).map((t) => ({ id: t.id, rule: t.rule })));
  const fresh = new Map<number, repo.EventItemRow[]>();
  const matchedAt = now.toISOString();
  const newPairs: { item_id: number; topic_id: number; matched_at: string }[] = [];
  for (const item of items) {
    for (const m of ruleSet.match(item)) {
      if (knownPairs.has(`${item.id}:${m.id}`)) continue;
      newPairs.push({ item_id: item.id, topic_id: m.id, matched_at: matchedAt });
      const list = fresh.get(m.id);
      if (list) list.push(item);
      else fresh.set(m.id, [item]);
    }
  }
  await repo.insertItemTopics(db, newPairs);
  result.matches += newPairs.length;

  // Events holding these items already: their counts may have changed.
  const touched = new Map<number, number | null>();
  for (const e of await repo.eventsOfItems(db, ids)) touched.set(e.id, e.topic_id);
  const created = new Set<number>();

  // Clustering, per topic, seeded with the topic's events seen within the window.
  for (const [topicId, topicItems] of fresh) {
    const topic = topicById.get(topicId)!;
    const sorted = [...topicItems].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
    const windowHours = deps.cluster?.windowHours ?? 72;
    const since = new Date(Date.parse(sorted[0].at) - windowHours * HOUR).toISOString();
    const candidates = await repo.candidateEvents(db, topicId, since);
    const recent = await repo.recentItemsOfEvents(db, candidates.map((c) => c.id), ITEMS_PER_CANDIDATE);
    const clusterer = new Clusterer(
      candidates.map((c) => ({ id: c.id, firstSeenAt: c.first_seen_at, lastSeenAt: c.last_seen_at, items: recent.filter((r) => r.event_id === c.id).map((r) => ({ id: r.id, title: r.title, text: r.text, at: r.at, duplicateOf: r.duplicate_of })) })),
      { ...deps.cluster, ignoreWords: ruleWords(topic.rule) },
    );
    const freshEvents = new Map<number, number>();
    const links: { event_id: number; item_id: number; added_at: string }[] = [];
    for (const item of sorted) {
      const { event } = clusterer.assign({ id: item.id, title: item.title, text: item.text, at: item.at, duplicateOf: item.duplicate_of });
      const eventId = 'id' in event ? event.id : await openEvent(db, unitId, topicId, item, freshEvents, event);
      if ('fresh' in event) created.add(eventId);
      links.push({ event_id: eventId, item_id: item.id, added_at: matchedAt });
      touched.set(eventId, topicId);
    }
    await repo.addEventItems(db, links);
  }

  // Regrading every touched event, then the alerts the grades call for.
  const { rules } = await gradeRulesFor(db, unit.path);
  const graded = [];
  for (const [eventId, topicId] of touched) {
    const topic = topicId === null ? undefined : topicById.get(topicId);
    const r = await refreshEvent(db, eventId, topic?.sensitivity ?? 1, rules, now);
    if (r.grade !== r.previousGrade) result.regraded.push({ eventId, from: r.previousGrade, to: r.grade });
    (created.has(eventId) ? result.eventsCreated : result.eventsUpdated).push(eventId);
    if (topic) graded.push({ eventId, topicId: topic.id, topicName: topic.name, title: r.title, grade: r.grade, isNew: created.has(eventId), threshold: topic.alert_grade as Grade });
  }
  return raiseAlerts(db, unit, graded, now);
}

/** A new event, its figures filled in by the refresh that follows. */
async function openEvent(db: Kysely<DB>, unitId: number, topicId: number, item: repo.EventItemRow, opened: Map<number, number>, key: Extract<EventKey, { fresh: number }>): Promise<number> {
  const known = opened.get(key.fresh);
  if (known !== undefined) return known;
  const now = new Date().toISOString();
  const { id } = await repo.insertEvent(db, { unit_id: unitId, topic_id: topicId, title: item.title || item.text.slice(0, 60), first_seen_at: item.at, last_seen_at: item.at, created_at: now, updated_at: now });
  opened.set(key.fresh, id);
  return id;
}
