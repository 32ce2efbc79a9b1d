/** Menu labels; the keys are the route names in menu-routes.tsx, `groups` the labels of its groups. */
export const menu = {
  dashboard: '工作台',
  org: { units: '组织机构', accounts: '账号与角色' },
  publishing: { channels: '阵地登记', drafts: '稿件审核', inbox: '待我审批', submissions: '信息报送' },
  system: { audit: '审计日志', status: '系统状态' },
  delivery: '通知渠道',
  monitoring: { feed: '舆情信息', sources: '信息源' },
  groups: { publishing: '阵地与发布', monitoring: '舆情监测' },
  documents: { reports: '文稿', received: '收文' },
};
