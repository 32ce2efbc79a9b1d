import type { Locale } from './locale.js';

export type Template = { 'zh-CN': string; en: string };

/** Error codes with their messages. `{name}` placeholders are filled from the error's params. */
export const ERROR_MESSAGES = {
  bad_json: { 'zh-CN': '请求体不是合法的 JSON：{detail}', en: 'The request body is not valid JSON: {detail}' },
  validation: { 'zh-CN': '字段「{field}」有误：{reason}', en: 'Field "{field}" is invalid: {reason}' },
  unknown_field: { 'zh-CN': '不认识的字段「{field}」', en: 'Unknown field "{field}"' },
  payload_too_large: { 'zh-CN': '请求体过大，上限为 {limit}', en: 'The request body is too large; the limit is {limit}' },
  unsupported_media_type: { 'zh-CN': '不支持的内容类型：{type}', en: 'Unsupported content type: {type}' },
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  session_expired: { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  forbidden: { 'zh-CN': '您的角色没有此项权限（需要「{permission}」）', en: 'Your role does not allow this (needs "{permission}")' },
  out_of_scope: {
    'zh-CN': '{object}不存在或不在您的管辖范围内',
    en: 'The {object} does not exist or is outside your scope',
  },
  not_found: { 'zh-CN': '找不到该{object}', en: 'The {object} was not found' },
  route_not_found: { 'zh-CN': '接口不存在：{method} {url}', en: 'No such endpoint: {method} {url}' },
  csrf: { 'zh-CN': '安全校验失败（CSRF），请刷新页面后重试', en: 'Security check failed (CSRF); reload the page and try again' },
  bad_credentials: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  locked: {
    'zh-CN': '密码错误次数过多，账号已临时锁定，请于 {until} 后再试',
    en: 'Too many wrong passwords; the account is locked until {until}',
  },
  throttled: { 'zh-CN': '请求过于频繁，请 {seconds} 秒后再试', en: 'Too many requests; try again in {seconds} seconds' },
  account_disabled: { 'zh-CN': '账号已停用', en: 'This account is disabled' },
  wrong_current_password: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  weak_password: {
    'zh-CN': '新密码至少 {min} 位，且须同时包含字母和数字',
    en: 'The new password needs at least {min} characters with both letters and digits',
  },
  setup_done: { 'zh-CN': '系统已完成初始化，不能再次创建首个管理员', en: 'Setup is already done; the first administrator exists' },
  unit_has_children: {
    'zh-CN': '不能删除：该单位下还有 {children} 个下级单位、{departments} 个科室、{people} 名人员、{accounts} 个账号、{groups} 个领导小组',
    en: 'Cannot delete: the unit still has {children} subordinate units, {departments} departments, {people} people, {accounts} accounts and {groups} leading groups',
  },
  department_has_people: {
    'zh-CN': '不能删除：该科室还有 {people} 名人员',
    en: 'Cannot delete: the department still has {people} people',
  },
  unit_cycle: { 'zh-CN': '不能把单位移到它自己或其下级单位之下', en: 'A unit cannot be moved under itself or its own subordinate' },
  root_unit: { 'zh-CN': '不能删除或移动最上级单位', en: 'The top unit cannot be deleted or moved' },
  duplicate: { 'zh-CN': '{object}「{value}」已存在', en: 'The {object} "{value}" already exists' },
  department_other_unit: {
    'zh-CN': '科室必须属于所选单位',
    en: 'The department must belong to the chosen unit',
  },
  person_referenced: {
    'zh-CN': '该人员仍关联 {accounts} 个账号、{groups} 个领导小组，不能删除，请改为停用',
    en: 'The person is still linked to {accounts} account(s) and {groups} leading group(s); set them inactive instead',
  },
  person_other_unit: { 'zh-CN': '人员须属于本单位', en: 'The person must belong to this unit' },
  last_admin: { 'zh-CN': '不能移除最后一个管理员', en: 'The last administrator cannot be removed' },
  close_needs_reason: { 'zh-CN': '关闭阵地须填写原因', en: 'Closing a channel needs a reason' },
  import_invalid: {
    'zh-CN': '导入文件有 {count} 行有误，未导入任何数据；第一处：第 {row} 行，{problem}',
    en: '{count} rows of the import are wrong and nothing was imported; first: row {row}, {problem}',
  },
  unreadable_file: { 'zh-CN': '无法读取文件：{reason}', en: 'The file cannot be read: {reason}' },
  publication_state: {
    'zh-CN': '该稿件当前状态为「{status}」，不能{action}',
    en: 'The draft is "{status}" and cannot be {action}',
  },
  version_conflict: {
    'zh-CN': '该记录已被他人修改（当前版本 {version}），请刷新后再试',
    en: 'Someone else changed this record (now version {version}); reload and try again',
  },
  findings_unresolved: {
    'zh-CN': '还有 {count} 处检查结果既未修改也未说明理由，不能提交审核',
    en: '{count} findings are neither fixed nor justified; the draft cannot go to review',
  },
  hash_mismatch: {
    'zh-CN': '稿件内容已变化，请重新阅读后再审核',
    en: 'The text has changed since you opened it; read it again before deciding',
  },
  not_your_step: {
    'zh-CN': '当前环节是「{step}」，您的角色不能办理',
    en: 'The current step is "{step}", which your role cannot take',
  },
  still_referenced: {
    'zh-CN': '不能删除：仍有其他记录引用它（{detail}）',
    en: 'Cannot delete: other records still refer to it ({detail})',
  },
  internal: { 'zh-CN': '服务器内部错误，已记录（编号 {id}）', en: 'Internal server error, logged as {id}' },
  delivery_internal_admin_only: {
    'zh-CN': '只有系统管理员可以把渠道标记为“内部”，或修改内部渠道的地址',
    en: 'Only an administrator may mark a target internal or change the address of an internal target',
  },
  delivery_private_url: {
    'zh-CN': '地址 {host} 是本机或内网地址；内网渠道须由系统管理员标记为“内部”',
    en: '{host} is a loopback or private address; an administrator must mark an intranet target internal',
  },
  delivery_field_needed: { 'zh-CN': '此类渠道须填写「{field}」', en: 'This kind of target needs "{field}"' },
  converter_missing: {
    'zh-CN': '本机未安装 {program}，无法生成 PDF；请安装 LibreOffice（如 apt-get install libreoffice-writer-nogui）',
    en: '{program} is not installed, so no PDF can be made; install LibreOffice (e.g. apt-get install libreoffice-writer-nogui)',
  },
  conversion_failed: { 'zh-CN': 'PDF 转换失败（已重试 {retries} 次）：{reason}', en: 'PDF conversion failed (retried {retries} time(s)): {reason}' },
  document_state: { 'zh-CN': '该报告当前状态为「{status}」，不能{action}', en: 'The report is "{status}" and cannot be {action}' },
  document_own_unit: { 'zh-CN': '只有本单位人员可以{action}本单位的报告', en: "Only the unit's own staff may have its report {action}" },
  document_no_superior: { 'zh-CN': '本单位没有上级单位，报告无处报送', en: 'This unit has no superior to submit the report to' },
  document_period: { 'zh-CN': '{kind}不能按「{period}」期间生成（可用：{allowed}）', en: 'A {kind} cannot cover "{period}" (allowed: {allowed})' },
  bad_signature: {
    'zh-CN': '签名校验失败：请在 X-Yuqing-Signature 头中提供 sha256=<以信息源密钥对原始请求体计算的 HMAC 十六进制值>',
    en: 'Signature check failed: send X-Yuqing-Signature: sha256=<hex HMAC-SHA256 of the raw body with the source secret>',
  },
  source_kind: { 'zh-CN': '信息源「{name}」的类型是 {kind}，不能进行此操作', en: 'Source "{name}" is of kind {kind}; this does not apply to it' },
  internal_source_admin: { 'zh-CN': '只有系统管理员可以把信息源设为内网源', en: 'Only an administrator can mark a source internal' },
  import_rows: { 'zh-CN': '导入失败：{count} 行有误，未导入任何数据', en: 'Import failed: {count} rows have errors; nothing was imported' },
  bad_push_body: { 'zh-CN': '推送内容无法读取：{reason}', en: 'The pushed body cannot be read: {reason}' },
  unknown_template: { 'zh-CN': '没有方案模板「{key}」', en: 'There is no plan template "{key}"' },
  task_due_outside_year: { 'zh-CN': '完成时限须在方案年度 {year} 年内', en: 'The due date must fall in the plan year {year}' },
  occurrence_done: { 'zh-CN': '{period} 已完成，不能重复确认', en: '{period} is already done' },
  duplicate_attendee: { 'zh-CN': '同一人员在参会名单中出现了两次', en: 'The same person appears twice in the attendance' },
  absence_needs_reason: { 'zh-CN': '缺席人员须填写缺席原因', en: 'An absentee needs a reason' },
  empty_file: { 'zh-CN': '上传的文件是空的', en: 'The uploaded file is empty' },
  unknown_checklist: { 'zh-CN': '没有自查清单「{key}」', en: 'There is no checklist "{key}"' },
  checklist_incomplete: { 'zh-CN': '自查清单须逐项作答，缺少或多出：{items}', en: 'Every checklist item needs an answer; missing or unknown: {items}' },
  rectification_closed: { 'zh-CN': '该整改事项已销号', en: 'The rectification is already closed' },
  invalid_indicators: { 'zh-CN': '考核指标有误：{problem}', en: 'The indicators are invalid: {problem}' },
  unknown_indicator: { 'zh-CN': '没有考核指标「{key}」', en: 'There is no indicator "{key}"' },
  indicator_not_manual: { 'zh-CN': '指标「{name}」由系统依据记录自动计分，不能人工评分', en: 'Indicator "{name}" is scored from the records, not by hand' },
  score_out_of_range: { 'zh-CN': '分值须在 0 到 {max} 之间', en: 'The score must be between 0 and {max}' },
  not_assessed_unit: { 'zh-CN': '该单位不是本考核方案的考核对象（须为直属下级单位）', en: 'The unit is not assessed by this scheme (it must be directly below)' },
  unknown_clause: { 'zh-CN': '问责情形「{key}」不在本单位的问责情形清单中', en: 'Clause "{key}" is not in the unit’s list' },
  occurrence_other_task: { 'zh-CN': '所选期次不属于该任务', en: 'The period does not belong to this task' },
  incident_transition: {
    'zh-CN': '舆情处置当前处于「{state}」，不能转到「{to}」；现在可以转到：{allowed}',
    en: 'The incident is at "{state}" and cannot move to "{to}"; allowed now: {allowed}',
  },
  incident_guard: {
    'zh-CN': '不能转到「{to}」：{reason}',
    en: 'Cannot move to "{to}": {reason}',
  },
  incident_role: {
    'zh-CN': '您的角色不能把舆情处置转到「{to}」（可由 {roles} 办理）',
    en: 'Your role cannot move the incident to "{to}" (allowed: {roles})',
  },
  incident_conflict: {
    'zh-CN': '该舆情处置已被他人更新，当前为「{state}」（版本 {version}），请刷新后再试',
    en: 'Someone else updated the incident; it is now "{state}" (version {version}); reload and try again',
  },
  incident_not_approver: {
    'zh-CN': '当前审批环节是「{step}」，应由 {expected} 审批',
    en: 'The current approval step is "{step}"; expected approver: {expected}',
  },
  incident_not_allowed: {
    'zh-CN': '舆情处置当前处于「{state}」，不能{action}',
    en: 'The incident is at "{state}" and cannot be {action}',
  },
  deadline_preset_invalid: {
    'zh-CN': '时限设置有误：{reason}',
    en: 'The deadline settings are wrong: {reason}',
  },
  grade_reason_required: {
    'zh-CN': '改动舆情等级须写明理由',
    en: 'Changing the grade needs a written reason',
  },
  rule_syntax: { 'zh-CN': '规则有误，{message}', en: 'The rule is wrong, {message}' },
  event_merged: { 'zh-CN': '事件 {id} 已并入其他事件，不能再操作', en: 'Event {id} was merged into another and cannot be changed' },
  merge_other_unit: { 'zh-CN': '只能合并同一单位的事件', en: 'Only events of one unit can be merged' },
  split_items: { 'zh-CN': '拆分须选出部分信息，且这些信息须属于该事件', en: 'A split needs some, not all, of the event’s own items' },
  period_order: { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
} as const satisfies Record<string, Template>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Labels for fields and objects that appear in messages, so users read their own words. */
export const TERMS: Record<string, Template> = {
  name: { 'zh-CN': '名称', en: 'name' },
  username: { 'zh-CN': '用户名', en: 'username' },
  password: { 'zh-CN': '密码', en: 'password' },
  currentPassword: { 'zh-CN': '当前密码', en: 'current password' },
  newPassword: { 'zh-CN': '新密码', en: 'new password' },
  parentId: { 'zh-CN': '上级单位', en: 'parent unit' },
  unitId: { 'zh-CN': '所属单位', en: 'unit' },
  departmentId: { 'zh-CN': '所属科室', en: 'department' },
  personId: { 'zh-CN': '人员', en: 'person' },
  kind: { 'zh-CN': '类型', en: 'kind' },
  title: { 'zh-CN': '职务', en: 'title' },
  roles: { 'zh-CN': '角色', en: 'roles' },
  position: { 'zh-CN': '职位', en: 'position' },
  members: { 'zh-CN': '成员', en: 'members' },
  oversees: { 'zh-CN': '分管科室', en: 'overseen departments' },
  unit: { 'zh-CN': '单位', en: 'unit' },
  department: { 'zh-CN': '科室', en: 'department' },
  person: { 'zh-CN': '人员', en: 'person' },
  account: { 'zh-CN': '账号', en: 'account' },
  leading_group: { 'zh-CN': '领导小组', en: 'leading group' },
  body: { 'zh-CN': '请求体', en: 'request body' },
  url: { 'zh-CN': '地址', en: 'address' },
  secret: { 'zh-CN': '密钥', en: 'secret' },
  recipients: { 'zh-CN': '收件人', en: 'recipients' },
  purposes: { 'zh-CN': '用途', en: 'purposes' },
  delivery_target: { 'zh-CN': '通知渠道', en: 'delivery target' },
  source: { 'zh-CN': '信息源', en: 'source' },
  item: { 'zh-CN': '信息', en: 'item' },
  plan: { 'zh-CN': '工作方案', en: 'plan' },
  task: { 'zh-CN': '任务', en: 'task' },
  meeting: { 'zh-CN': '会议', en: 'meeting' },
  risk: { 'zh-CN': '风险点', en: 'risk point' },
  inspection: { 'zh-CN': '督查记录', en: 'inspection' },
  rectification: { 'zh-CN': '整改事项', en: 'rectification' },
  assessment: { 'zh-CN': '考核方案', en: 'assessment scheme' },
  accountability: { 'zh-CN': '问责记录', en: 'accountability record' },
  incident: { 'zh-CN': '舆情处置', en: 'incident' },
  event: { 'zh-CN': '舆情事件', en: 'event' },
  flash_report: { 'zh-CN': '快报', en: 'flash report' },
  grade: { 'zh-CN': '舆情等级', en: 'grade' },
  gradeReason: { 'zh-CN': '调整等级理由', en: 'reason for the grade' },
  tighten: { 'zh-CN': '时限收紧', en: 'tightened limits' },
  participants: { 'zh-CN': '参会人员', en: 'participants' },
  topic: { 'zh-CN': '监测主题', en: 'topic' },
  alert: { 'zh-CN': '预警', en: 'alert' },
  watch_period: { 'zh-CN': '重要节点', en: 'watch period' },
  rule: { 'zh-CN': '规则', en: 'rule' },
  wordGroups: { 'zh-CN': '词组', en: 'word groups' },
  sensitivity: { 'zh-CN': '敏感程度', en: 'sensitivity' },
  alertGrade: { 'zh-CN': '预警级别', en: 'alert grade' },
  quietStart: { 'zh-CN': '免打扰开始', en: 'quiet hours start' },
  quietEnd: { 'zh-CN': '免打扰结束', en: 'quiet hours end' },
  digestTime: { 'zh-CN': '日报时间', en: 'digest time' },
  startsOn: { 'zh-CN': '开始日期', en: 'start date' },
  endsOn: { 'zh-CN': '结束日期', en: 'end date' },
  itemIds: { 'zh-CN': '信息', en: 'items' },
};

export function term(key: string, locale: Locale): string {
  return TERMS[key]?.[locale] ?? key;
}

export function formatMessage(code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  const template: string = ERROR_MESSAGES[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** Fills `{name}` placeholders of a bilingual template; a missing parameter leaves an empty string. */
export function fillTemplate(template: Template, locale: Locale | undefined, params: Record<string, string>): string {
  return template[locale ?? 'zh-CN'].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}

/** Titles of in-app notices by kind, filled from the parameters stored with each notice. */
export const NOTICE_TITLES = {
  'channel.flagged.fail': { 'zh-CN': '阵地「{name}」不合格', en: 'Channel "{name}" fails the inspection rules' },
  'channel.flagged.warn': { 'zh-CN': '阵地「{name}」需关注', en: 'Channel "{name}" needs attention' },
  'responsibility.overdue': { 'zh-CN': '{unit}有 {count} 项任务期次逾期未完成', en: '{unit}: {count} task periods are overdue' },
  'incident.breach': { 'zh-CN': '舆情处置「{title}」{kind}超时', en: 'Incident "{title}": {kindEn} is overdue' },
  'incident.report': { 'zh-CN': '收到舆情快报「{title}」（{grade}）', en: 'Flash report received: "{title}" ({grade})' },
  'incident.approval': { 'zh-CN': '通稿「{title}」待您审批', en: 'Statement "{title}" awaits your approval' },
  'incident.inbox': { 'zh-CN': '上级对「{title}」：{action}', en: 'Superior on "{title}": {actionEn}' },
  'monitoring.alert': { 'zh-CN': '【{grade}级预警】{title}', en: '[Grade {grade} alert] {title}' },
  'monitoring.digest': { 'zh-CN': '舆情日报（{unit}，{day}）', en: 'Daily digest ({unit}, {day})' },
  'report.due': { 'zh-CN': '已起草「{title}」，请修改后报批', en: 'Drafted "{title}"; edit it and send it for approval' },
  'report.submitted': { 'zh-CN': '收到{unit}报送的「{title}」', en: '{unit} submitted "{title}"' },
  'report.returned': { 'zh-CN': '「{title}」被上级退回', en: '"{title}" was returned by the superior' },
} as const satisfies Record<string, Template>;
export type NoticeTitle = keyof typeof NOTICE_TITLES;
