import * as figures from '../figures.repository.js';
import { percent, sum, type SectionProvider } from '../section.js';

const STATUS_ZH: Record<string, string> = { draft: '草稿', in_review: '审核中', approved: '已审批', published: '已发布', rejected: '退回' };
const KIND_ZH: Record<string, string> = { news: '信息稿件', lead: '舆情线索' };

/** Pre-publication review (先审后发) of the period's drafts. */
export const publicationsSection: SectionProvider = async (db, scope, period) => {
  const rows = await figures.publicationsByStatus(db, scope.unitPath, period);
  const total = sum(rows.map((r) => r.n));
  const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return {
    key: 'publications',
    title: '信息发布审核情况',
    text: total
      ? `${period.label}，提交发布审核的稿件${total}篇，已发布${of('published')}篇，审批通过待发布${of('approved')}篇，退回修改${of('rejected')}篇，坚持先审后发、一事一审。`
      : `${period.label}，系统中无提交发布审核的稿件。`,
    figures: { 'publications.total': total, 'publications.published': of('published'), 'publications.rejected': of('rejected') },
    blocks: [{ kind: 'table', caption: '信息发布审核统计', columns: ['状态', '篇数'], rows: rows.map((r) => [STATUS_ZH[r.status] ?? r.status, r.n]) }],
  };
};

/** News and leads sent up to the superior (信息报送) and how many it adopted. */
export const submissionsSection: SectionProvider = async (db, scope, period) => {
  const rows = await figures.submissionsByKind(db, scope.unitPath, period);
  const total = sum(rows.map((r) => r.n));
  const adopted = sum(rows.map((r) => r.adopted));
  return {
    key: 'submissions',
    title: '信息报送情况',
    text: total ? `${period.label}，向上级报送信息${total}条，被采用${adopted}条，采用率${percent(adopted, total)}。` : `${period.label}，系统中无向上级报送信息的记录。`,
    figures: { 'submissions.total': total, 'submissions.adopted': adopted },
    blocks: [{ kind: 'table', caption: '信息报送统计', columns: ['类别', '报送条数', '被采用'], rows: rows.map((r) => [KIND_ZH[r.kind] ?? r.kind, r.n, r.adopted]) }],
  };
};
