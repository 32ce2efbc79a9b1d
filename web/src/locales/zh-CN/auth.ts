export const auth = {
  login: { title: '登录', username: '用户名', password: '密码', submit: '登录' },
  setup: {
    title: '首次使用：创建最上级单位和系统管理员',
    unitName: '最上级单位名称',
    unitNameHint: '例如：某某区委宣传部。下级单位登录后再添加。',
    displayName: '管理员姓名',
    submit: '创建并前往登录',
    done: '初始化完成，请用新建的管理员账号登录',
  },
};
