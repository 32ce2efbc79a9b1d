import { percent } from './section.js';

/** What the figures show needs attention, each with the measure a draft proposes for it. */
export interface Finding {
  problem: string;
  measure: string;
}

/** Share of negative items above which a period counts as tense. */
const NEGATIVE_SHARE = 0.3;

export function findings(f: Record<string, number>): Finding[] {
  const out: Finding[] = [];
  const v = (k: string) => f[k] ?? 0;
  const grave = v('events.grade1') + v('events.grade2');
  if (grave) out.push({ problem: `发生重大及以上舆情事件${grave}起，处置压力较大。`, measure: '对重大舆情事件开展复盘，完善分级响应和快报机制。' });
  if (v('events.grade3')) out.push({ problem: `发生较大舆情事件${v('events.grade3')}起。`, measure: '加强对较大舆情的跟踪研判，落实首报和回应时限。' });
  if (v('items.total') && v('items.negative') / v('items.total') > NEGATIVE_SHARE)
    out.push({ problem: `负面信息占比${percent(v('items.negative'), v('items.total'))}，高于${NEGATIVE_SHARE * 100}%。`, measure: '针对负面信息集中的领域主动发布权威信息，回应群众关切。' });
  if (v('channels.failing')) out.push({ problem: `${v('channels.failing')}个网络阵地不符合管理要求。`, measure: '对不合格阵地限期整改，落实“谁主管谁负责”。' });
  if (v('channels.flagged') - v('channels.failing') > 0) out.push({ problem: `${v('channels.flagged') - v('channels.failing')}个网络阵地需关注。`, measure: '按周期开展阵地巡查，及时更新内容、回复留言。' });
  const late = v('incidents.reply.due') - v('incidents.reply.within');
  if (late > 0) out.push({ problem: `${late}起舆情事件未在规定时限内回应。`, measure: '压实处置责任，严格落实分级回应时限。' });
  if (v('tasks.overdue')) out.push({ problem: `工作方案任务逾期未完成${v('tasks.overdue')}期。`, measure: '逐项督办逾期任务，明确责任人和完成时限。' });
  if (v('meetings.unitsBehind')) out.push({ problem: `${v('meetings.unitsBehind')}个单位的会议学习进度落后于年度指标。`, measure: '按年度指标补足中心组学习和专题研究。' });
  if (v('rectifications.overdue')) out.push({ problem: `督查整改事项逾期未销号${v('rectifications.overdue')}项。`, measure: '对逾期整改事项挂账督办，按期销号。' });
  if (v('risks.grave')) out.push({ problem: `高风险及以上风险点${v('risks.grave')}个。`, measure: '对高风险点逐一落实管控措施并按期复核。' });
  if ('submissions.total' in f && v('submissions.total') === 0) out.push({ problem: '本期未向上级报送信息。', measure: '落实信息报送制度，按月完成报送任务。' });
  if (v('rollup.units') > v('rollup.received')) out.push({ problem: `${v('rollup.units') - v('rollup.received')}个下级单位尚未报送本期报告。`, measure: '督促下级单位按时报送报告。' });
  return out;
}
