/** A self-inspection checklist shipped from the seeds; each item passes or fails with its evidence. */
export interface Checklist {
  key: string;
  title: { 'zh-CN': string; en: string };
  items: { key: string; text: string; seedRef: string }[];
}

export const CHECKLISTS: readonly Checklist[] = [
  {
    key: 'network_security',
    title: { 'zh-CN': '网络安全和保密自查', en: 'Network security and confidentiality self-check' },
    items: [
      { key: 'network_isolation', text: '坚持内外网隔离：外网计算机不存放涉密信息数据，内网计算机不接入互联网', seedRef: '篇十三 三（二）' },
      { key: 'pledges_signed', text: '全体干部职工签订《保密工作承诺书》', seedRef: '篇十三 三（二）' },
      { key: 'classified_files', text: '涉密文件按保密要求管理、登记和使用', seedRef: '篇一（九）' },
      { key: 'office_computers', text: '办公电脑按保密要求管理使用，涉密信息管理已摸底排查', seedRef: '篇一（九）；篇十三 三（二）' },
      { key: 'critical_infrastructure', text: '定期开展关键信息基础设施安全检查，未出现重大网络安全事件', seedRef: '篇十（网络意识形态工作实施方案）三 4' },
      { key: 'security_rules', text: '制定网络安全管理责任制度和信息安全责任追究制度，责任落实到人', seedRef: '篇十五 三' },
      { key: 'security_training', text: '开展网络安全宣传教育培训', seedRef: '篇十五 三' },
    ],
  },
  {
    key: 'channel_self_check',
    title: { 'zh-CN': '阵地自查', en: 'Channel self-check' },
    items: [
      { key: 'groups_registered', text: '单位所有工作群已登记管理，按“谁组建、谁负责”明确管理员', seedRef: '篇十 “三是管好用好新媒体”；篇一（五）' },
      { key: 'real_name', text: '工作群进群确认验证并实名，定期清理', seedRef: '篇十三 三（四）' },
      { key: 'group_content', text: '工作群只用于日常工作交流和传播正能量，无反动、低俗信息', seedRef: '篇二 3；篇十三 三（四）' },
      { key: 'review_before_publish', text: '信息发布实行分管领导审核、主要领导审批，先审后发、一事一审', seedRef: '篇十二 四；篇四·院方案（三）' },
      { key: 'account_updated', text: '网站和公众号两周内有更新，专人管理维护', seedRef: '篇十二 四' },
      { key: 'messages_answered', text: '留言、投诉问题及时答复处理', seedRef: '篇十 “三是管好用好新媒体”' },
    ],
  },
];

export const findChecklist = (key: string) => CHECKLISTS.find((c) => c.key === key);
