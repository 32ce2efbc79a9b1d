import { LEADER_ROLES, type EvidenceRule, type LeaderRole, type TemplateTask, type UnitKind } from '@yuqing/common';

export { LEADER_ROLES, type LeaderRole, type TemplateTask };


export interface PlanTemplate {
  key: string;
  title: { 'zh-CN': string; en: string };
  seed: string;
  unitKinds: UnitKind[];
  /** Parties that are not one department; kept as written on the task. */
  collectives: string[];
  tasks: TemplateTask[];
}

const manual: EvidenceRule = { kind: 'manual' };
const meeting = (meetingKind: Extract<EvidenceRule, { kind: 'meeting' }>['meetingKind'], count = 1): EvidenceRule => ({ kind: 'meeting', meetingKind, count });

/** 篇一: a street office's ten tasks, with the lead and responsible departments the seed names. */
const streetOffice: PlanTemplate = {
  key: 'street_office',
  title: { 'zh-CN': '街道党工委意识形态工作责任制实施方案', en: 'Street office: ideology responsibility plan' },
  seed: '篇一',
  unitKinds: ['street_office', 'township'],
  collectives: ['各科室', '各基层党组织'],
  tasks: [
    { title: '坚持党管意识形态原则', body: '严守政治纪律、组织纪律和宣传纪律，坚决维护党中央权威。', seedRef: '篇一（一）', lead: ['党政办', '纪工委', '基层科'], responsible: ['各科室', '各基层党组织'], leaderRole: 'first_responsible', recurrence: 'yearly', evidence: manual },
    { title: '强化党员干部的学习教育培训', body: '制定中心组理论学习计划，把意识形态工作作为中心组学习的必要内容。', seedRef: '篇一（二）', lead: ['党政办', '基层科'], responsible: ['各科室', '各基层党组织'], leaderRole: 'direct_responsible', recurrence: 'monthly', evidence: meeting('central_study') },
    { title: '建立健全分析研判机制', body: '每季度至少一次专题研究意识形态工作，分析研判情况及时报党组和信息科。', seedRef: '篇一（三）', lead: ['党政办'], responsible: ['各科室'], leaderRole: 'direct_responsible', recurrence: 'quarterly', evidence: meeting('topic_review') },
    { title: '加强对意识形态工作的领导', body: '在行政管理、行业管理、城市管理中体现意识形态工作要求。', seedRef: '篇一（四）', lead: ['党政办', '基层科', '为民服务大厅', '经济发展办'], responsible: ['各科室', '各基层党组织'], leaderRole: 'first_responsible', recurrence: 'half_yearly', evidence: manual },
    { title: '加强“两微一端”管理', body: '按“谁组建、谁负责”管好微信群，办好公众微信号，维护门户网站街道板块。', seedRef: '篇一（五）', lead: ['党政办', '基层科'], responsible: ['各科室', '各基层党组织'], leaderRole: 'oversight', recurrence: 'quarterly', evidence: { kind: 'channel_review', count: 1 } },
    { title: '坚持正面引导和反面典型警示', body: '挖掘先进典型，及时通报反面典型案例。', seedRef: '篇一（六）', lead: ['党政办', '纪工委'], responsible: ['各科室'], leaderRole: 'direct_responsible', recurrence: 'monthly', evidence: { kind: 'submissions', count: 2 } },
    { title: '防治邪恶势力侵入和出国出境人员管理', body: '抓好“扫黑除恶”工作，设置文明创建和社会主义核心价值观公益广告。', seedRef: '篇一（七）', lead: ['党政办', '综治办', '纪工委'], responsible: ['各科室'], leaderRole: 'oversight', recurrence: 'half_yearly', evidence: manual },
    { title: '加强综合治理防治不稳定因素', body: '定期开展矛盾纠纷隐患和安全隐患排查治理，落实信访举报投诉。', seedRef: '篇一（八）', lead: ['综治办'], responsible: ['各科室'], leaderRole: 'oversight', recurrence: 'quarterly', evidence: manual },
    { title: '加强涉密文件的管理', body: '严格按照保密要求，加强对涉密文件、办公电脑管理使用。', seedRef: '篇一（九）', lead: ['党政办'], responsible: ['各科室'], leaderRole: 'direct_responsible', recurrence: 'half_yearly', evidence: manual },
    { title: '大力开展精神文明创建活动', body: '制订年度精神文明创建方案，认真组织实施。', seedRef: '篇一（十）', lead: ['党政办'], responsible: ['各科室', '各基层党组织'], leaderRole: 'direct_responsible', recurrence: 'none', due: '03-31', evidence: manual },
  ],
};

/** 篇六: a state-owned company's rules, whose duties carry their own rhythm (每半年报告, 每年督查). */
const company: PlanTemplate = {
  key: 'company',
  title: { 'zh-CN': '公司党委网络意识形态工作责任制实施办法', en: 'Company: network ideology responsibility rules' },
  seed: '篇六',
  unitKinds: ['company'],
  collectives: ['各党支部', '有关部门'],
  tasks: [
    { title: '每年专题研究网络意识形态工作', body: '公司党委每年定期分析研判网络意识形态领域情况，研究改进方式方法。', seedRef: '篇六第五条（二）', lead: ['党委宣传部'], responsible: ['有关部门'], leaderRole: 'first_responsible', recurrence: 'yearly', evidence: meeting('topic_review') },
    { title: '加强网络意识形态阵地管理', body: '重点管好公司官方网站、微信公众号等新媒体，加强内外网和工作群的管理和指导。', seedRef: '篇六第五条（四）', lead: ['党委宣传部'], responsible: ['有关部门'], leaderRole: 'direct_responsible', recurrence: 'quarterly', evidence: { kind: 'channel_review', count: 1 } },
    { title: '网络舆情搜集、分析、研判、报送', body: '完善网络舆情工作机制，及时全面准确掌握网络舆情动态。', seedRef: '篇六第六条（三）', lead: ['党委宣传部'], responsible: ['有关部门'], leaderRole: 'direct_responsible', recurrence: 'quarterly', evidence: meeting('analysis') },
    { title: '每半年向党委报告网络意识形态情况', body: '每半年向党委报告一次网络意识形态领域重要情况和研判分析。', seedRef: '篇六第六条（四）', lead: ['党委宣传部'], responsible: [], leaderRole: 'direct_responsible', recurrence: 'half_yearly', evidence: manual },
    { title: '每年开展一次网络意识形态工作专题督查', body: '督查结果向党委报告。', seedRef: '篇六第六条（四）', lead: ['党委宣传部', '纪委'], responsible: ['各党支部'], leaderRole: 'first_responsible', recurrence: 'yearly', evidence: manual },
    { title: '网络意识形态工作纳入民主生活会', body: '党委班子成员把网络意识形态工作作为民主生活会和述职述德述廉报告的重要内容。', seedRef: '篇六第七条', lead: ['党委办公室'], responsible: [], leaderRole: 'first_responsible', recurrence: 'yearly', evidence: meeting('democratic_life') },
    { title: '网络意识形态工作纳入组织生活会', body: '各党支部把网络意识形态工作作为支部学习、组织生活会的重要内容。', seedRef: '篇六第八条', lead: ['党委办公室'], responsible: ['各党支部'], leaderRole: 'oversight', recurrence: 'yearly', evidence: meeting('organizational_life') },
  ],
};

/** 篇八: a city civil-affairs system's yearly plan, numbered 1–12. */
const civilAffairs: PlanTemplate = {
  key: 'civil_affairs',
  title: { 'zh-CN': '民政系统年度意识形态工作实施方案', en: 'Civil affairs: yearly ideology work plan' },
  seed: '篇八',
  unitKinds: ['bureau'],
  collectives: ['各党支部', '局属各单位'],
  tasks: [
    { title: '建立健全分析研判机制', body: '建立党组织定期专题研究意识形态工作机制，定期分析研判意识形态领域情况。', seedRef: '篇八 3', lead: ['办公室'], responsible: ['各党支部'], leaderRole: 'direct_responsible', recurrence: 'quarterly', evidence: meeting('topic_review') },
    { title: '狠抓理论学习', body: '完善中心组学习制度、“三会一课”制度、干部职工政治理论学习制度。', seedRef: '篇八 4', lead: ['机关党委'], responsible: ['各党支部'], leaderRole: 'direct_responsible', recurrence: 'monthly', evidence: meeting('central_study') },
    { title: '严肃党内生活', body: '落实党员领导干部民主生活会、组织生活会、民主评议党员等基本制度。', seedRef: '篇八 5', lead: ['机关党委'], responsible: ['各党支部'], leaderRole: 'first_responsible', recurrence: 'yearly', evidence: meeting('democratic_life') },
    { title: '加强机关党建', body: '加强支部标准化建设，丰富主题党日活动。', seedRef: '篇八 6', lead: ['机关党委'], responsible: ['各党支部'], leaderRole: 'oversight', recurrence: 'monthly', evidence: meeting('party_day') },
    { title: '加强队伍建设', body: '加强干部教育培训和能力素养提升，拓展培训渠道。', seedRef: '篇八 7', lead: ['人事科'], responsible: ['局属各单位'], leaderRole: 'oversight', recurrence: 'yearly', evidence: meeting('training') },
    { title: '发挥信息参谋助手作用', body: '针对年度、季度和阶段性重点工作及时编报信息。', seedRef: '篇八 9', lead: ['办公室'], responsible: ['局属各单位'], leaderRole: 'direct_responsible', recurrence: 'monthly', evidence: { kind: 'submissions', count: 1 } },
    { title: '加强新闻发布策划', body: '精心谋划新闻发布选题，通过新闻发布会发出权威声音。', seedRef: '篇八 11', lead: ['办公室'], responsible: ['局属各单位'], leaderRole: 'direct_responsible', recurrence: 'half_yearly', evidence: manual },
    { title: '把握关键时间节点开展主题宣传', body: '重要政策文件出台时同步跟进政策解读。', seedRef: '篇八 12', lead: ['办公室'], responsible: ['局属各单位'], leaderRole: 'oversight', recurrence: 'quarterly', evidence: { kind: 'channel_review', count: 1 } },
  ],
};

/** 篇十: a bureau's plan, with its leading-group office in 综合科 and written analysis reports. */
const bureau: PlanTemplate = {
  key: 'bureau',
  title: { 'zh-CN': '局党组意识形态工作方案', en: 'Bureau: ideology work plan' },
  seed: '篇十',
  unitKinds: ['bureau', 'hospital', 'other'],
  collectives: ['各科室（所）'],
  tasks: [
    { title: '成立意识形态工作领导小组', body: '领导小组办公室设在综合科，负责分析研判、督导检查和上报材料。', seedRef: '篇十 二（二）', lead: ['综合科'], responsible: [], leaderRole: 'first_responsible', recurrence: 'none', due: '02-28', evidence: manual },
    { title: '加强意识形态情况分析研判', body: '定期分析研判意识形态领域情况并形成书面报告，定期向上级党委宣传部门报送。', seedRef: '篇十 三（一）', lead: ['综合科'], responsible: ['各科室（所）'], leaderRole: 'direct_responsible', recurrence: 'quarterly', evidence: meeting('analysis') },
    { title: '坚持党组中心组学习制度', body: '把意识形态工作作为中心组学习的必学内容，按计划组织开展中心组学习。', seedRef: '篇十 三（二）', lead: ['综合科'], responsible: [], leaderRole: 'first_responsible', recurrence: 'monthly', evidence: meeting('central_study') },
    { title: '加强意识形态阵地管理', body: '利用好局网站、公开栏等宣传平台，落实阵地管理。', seedRef: '篇十 三（三）', lead: ['办公室'], responsible: ['各科室（所）'], leaderRole: 'oversight', recurrence: 'quarterly', evidence: { kind: 'channel_review', count: 1 } },
    { title: '强化意识形态工作人员教育培训', body: '明确专职人员负责网络宣传监督工作。', seedRef: '篇十 三（四）', lead: ['人事教育科'], responsible: ['办公室'], leaderRole: 'oversight', recurrence: 'yearly', evidence: meeting('training') },
    { title: '加强意识形态监督处置', body: '对重大事件、重大节点的社会舆情积极响应，及时处置。', seedRef: '篇十 三（五）', lead: ['办公室'], responsible: ['各科室（所）'], leaderRole: 'direct_responsible', recurrence: 'quarterly', evidence: manual },
    { title: '意识形态工作纳入民主生活会和述职报告', body: '局党组和班子成员把意识形态工作作为民主生活会和述职报告的重要内容。', seedRef: '篇十 三（六）', lead: ['综合科'], responsible: [], leaderRole: 'first_responsible', recurrence: 'yearly', evidence: meeting('democratic_life') },
    { title: '定期向上级汇报意识形态工作', body: '对意识形态领域出现的重要动向和问题主动通报、向上级汇报。', seedRef: '篇十 四（一）', lead: ['综合科'], responsible: [], leaderRole: 'first_responsible', recurrence: 'half_yearly', evidence: manual },
  ],
};

/** The school plan (学校党支部意识形态工作, in 篇九's collection). */
const school: PlanTemplate = {
  key: 'school',
  title: { 'zh-CN': '学校党支部意识形态工作实施方案', en: 'School: party branch ideology work plan' },
  seed: '篇四所收学校党支部方案',
  unitKinds: ['school'],
  collectives: ['各处室', '班主任'],
  tasks: [
    { title: '成立意识形态工作领导小组', body: '由党支部书记担任组长，各处室负责人及班主任为成员。', seedRef: '篇四·学校方案（一）1', lead: ['校长办公室'], responsible: [], leaderRole: 'first_responsible', recurrence: 'none', due: '03-15', evidence: manual },
    { title: '召开专题会议分析研判', body: '召开专题会议，对意识形态工作进行分析研判、听取汇报和推动部署。', seedRef: '篇四·学校方案（一）2', lead: ['校长办公室'], responsible: ['各处室'], leaderRole: 'first_responsible', recurrence: 'quarterly', evidence: meeting('topic_review') },
    { title: '制定并落实领导班子学习计划', body: '组织开展好政治理论学习和读书活动。', seedRef: '篇四·学校方案（二）1', lead: ['校长办公室'], responsible: [], leaderRole: 'direct_responsible', recurrence: 'monthly', evidence: meeting('central_study') },
    { title: '抓好形势政策教育', body: '组织教师深入学习上级部门重要会议文件精神、廉政政策法规。', seedRef: '篇四·学校方案（二）2', lead: ['德育处'], responsible: ['各处室'], leaderRole: 'oversight', recurrence: 'half_yearly', evidence: meeting('training') },
    { title: '以“党员主题日”为载体开展志愿服务', body: '组织党员到社区开展志愿服务。', seedRef: '篇四·学校方案（三）3', lead: ['德育处'], responsible: ['班主任'], leaderRole: 'oversight', recurrence: 'monthly', evidence: meeting('party_day') },
    { title: '做大做强网上正面思想舆论', body: '加强信息发布、政策解读、网络评论，管好学校网站和公众号。', seedRef: '篇四·学校方案（四）2', lead: ['教务处'], responsible: ['各处室'], leaderRole: 'direct_responsible', recurrence: 'quarterly', evidence: { kind: 'channel_review', count: 1 } },
    { title: '做好意识形态领域重大问题处置', body: '遇到突发情况按属地管理要求迅速分析研判，向上级报告。', seedRef: '篇四·学校方案（五）1', lead: ['校长办公室'], responsible: ['各处室'], leaderRole: 'first_responsible', recurrence: 'half_yearly', evidence: meeting('analysis') },
  ],
};

/** 篇十六 and 篇十七: a township's and a community's half-year reports, read back into the duties they report on. */
const townshipCommunity: PlanTemplate = {
  key: 'township_community',
  title: { 'zh-CN': '乡镇（社区）意识形态工作年度安排', en: 'Township / community: yearly ideology work' },
  seed: '篇十六、篇十七',
  unitKinds: ['township', 'community', 'street_office'],
  collectives: ['各党支部', '各站所'],
  tasks: [
    { title: '年初专题会议安排部署年度意识形态工作', body: '对年度意识形态工作进行安排部署，细化任务分工，靠实工作责任。', seedRef: '篇十七 一（一）', lead: ['党政办'], responsible: ['各党支部'], leaderRole: 'first_responsible', recurrence: 'none', due: '01-31', evidence: meeting('topic_review') },
    { title: '与各党支部签订意识形态工作目标管理责任书', body: '把意识形态工作纳入党建工作责任制。', seedRef: '篇十七 一（一）', lead: ['党政办'], responsible: ['各党支部'], leaderRole: 'direct_responsible', recurrence: 'none', due: '03-31', evidence: manual },
    { title: '党委理论学习中心组学习', body: '年初制定中心组学习计划，每月制定集中学习计划。', seedRef: '篇十七 一（二）；篇十六（二）', lead: ['党政办'], responsible: [], leaderRole: 'direct_responsible', recurrence: 'monthly', evidence: meeting('central_study') },
    { title: '周一集中学习', body: '扎实开展周一集中学习，辅以专题讨论、心得交流。', seedRef: '篇十七 一（二）', lead: ['党政办'], responsible: ['各站所'], leaderRole: 'oversight', recurrence: 'weekly', evidence: manual },
    { title: '意识形态工作风险点排查', body: '认真开展意识形态工作风险点排查，并制定相应措施。', seedRef: '篇十七 一（四）', lead: ['党政办'], responsible: ['各党支部'], leaderRole: 'direct_responsible', recurrence: 'quarterly', evidence: manual },
    { title: '坚持正面宣传', body: '通过门户网站、微信公众号持续加大正面宣传力度。', seedRef: '篇十七 一（三）；篇十六（三）', lead: ['党政办'], responsible: ['各站所'], leaderRole: 'oversight', recurrence: 'monthly', evidence: { kind: 'submissions', count: 1 } },
    { title: '半年报告意识形态工作落实情况', body: '上半年、全年分别报告落实意识形态工作情况。', seedRef: '篇十七 开篇', lead: ['党政办'], responsible: [], leaderRole: 'first_responsible', recurrence: 'half_yearly', evidence: manual },
  ],
};

export const PLAN_TEMPLATES: readonly PlanTemplate[] = [streetOffice, company, civilAffairs, bureau, school, townshipCommunity];

export function findTemplate(key: string): PlanTemplate | undefined {
  return PLAN_TEMPLATES.find((t) => t.key === key);
}

/** Department names a template uses, collectives excepted: what a unit must map to its own departments. */
export function templateDepartments(t: PlanTemplate): string[] {
  const names = new Set(t.tasks.flatMap((task) => [...task.lead, ...task.responsible]));
  return [...names].filter((n) => !t.collectives.includes(n));
}
