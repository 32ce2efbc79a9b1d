import type { Translation } from '../../i18n';
import type { accounts as zh } from '../zh-CN/accounts';

export const accounts: Translation<typeof zh> = {
  add: 'New account',
  editTitle: 'Edit account {name}',
  username: 'Username',
  usernameHint: 'For signing in; cannot change later',
  initialPassword: 'Initial password',
  displayName: 'Display name',
  person: 'Person',
  personHint: 'Whose account this is (same unit); the roles follow their duties',
  roles: 'Roles',
  lastLogin: 'Last sign-in',
  enabled: 'Active',
  disabled: 'Disabled',
  lockedUntil: 'Locked until {time}',
  enable: 'Enable',
  disable: 'Disable',
  confirmEnable: 'Enable the account {name}?',
  confirmDisable: 'Disable the account {name}? Its sessions end.',
  unlock: 'Unlock',
  resetPassword: 'Reset password',
  resetPasswordTitle: 'Reset the password of {name}',
  resetPasswordHint: 'Give the new password to its owner over a safe channel and ask them to change it after signing in.',
};
