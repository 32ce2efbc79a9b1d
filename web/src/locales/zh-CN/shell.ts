export const shell = {
  product: '舆情 Yuqing',
  tagline: '网络意识形态工作平台',
  demo: '演示数据 DEMO',
  scope: '管辖范围：{unit}',
  scopeWithSubunits: '管辖范围：{unit}及下级 {count} 个单位',
  changePassword: '修改密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  passwordChanged: '密码已修改',
  logout: '退出登录',
  notAllowed: '您的角色无权查看此页面',
  nothingAllowed: '您的角色目前没有可用的功能，请联系系统管理员',
};
