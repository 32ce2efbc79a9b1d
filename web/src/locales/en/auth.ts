import type { Translation } from '../../i18n';
import type { auth as zh } from '../zh-CN/auth';

export const auth: Translation<typeof zh> = {
  login: { title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in' },
  setup: {
    title: 'First run: create the top unit and the administrator',
    unitName: 'Name of the top unit',
    unitNameHint: 'For example: XX District Propaganda Department. Subordinate units are added after sign-in.',
    displayName: "Administrator's name",
    submit: 'Create and go to sign-in',
    done: 'Setup done; sign in with the new administrator account',
  },
};
