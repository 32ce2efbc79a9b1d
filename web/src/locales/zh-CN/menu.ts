/** Menu labels; the keys are the route names in menu-routes.tsx. */
export const menu = {
  org: { units: '组织机构', accounts: '账号与角色' },
  system: { audit: '审计日志', status: '系统状态' },
};
