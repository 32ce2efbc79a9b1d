/** Menu labels; the keys are the route names in menu-routes.tsx, `groups` the labels of its groups. */
export const menu = {
  dashboard: '工作台',
  org: { units: '组织机构', accounts: '账号与角色' },
  publishing: { channels: '阵地登记', drafts: '稿件审核', inbox: '待我审批', submissions: '信息报送' },
  system: { audit: '审计日志', status: '系统状态' },
  delivery: '通知渠道',
  monitoring: { feed: '舆情信息', sources: '信息源', topics: '监测主题', events: '舆情事件', alerts: '预警' },
  groups: { publishing: '阵地与发布', monitoring: '舆情监测', responsibility: '意识形态责任制' },
  responsibility: { overview: '责任制总览', plans: '工作方案', meetings: '会议与学习', tasks: '任务落实', calendar: '工作日历', risks: '风险点', inspections: '督查整改', assessment: '考核评分', accountability: '问责记录' },
  incidents: { board: '舆情处置', inbox: '下级快报' },
  documents: { reports: '文稿', received: '收文' },
};
