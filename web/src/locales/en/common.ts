import type { Translation } from '../../i18n';
import type { common as zh } from '../zh-CN/common';

export const common: Translation<typeof zh> = {
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  delete: 'Delete',
  yes: 'Yes',
  no: 'No',
  actions: 'Actions',
  name: 'Name',
  sort: 'Sort order',
  status: 'Status',
  source: 'Source',
  createdAt: 'Created',
  updatedAt: 'Updated',
  saved: 'Saved',
  deleted: 'Deleted',
  total: '{total} in all',
  confirmDelete: 'Delete "{name}"?',
  password: { confirm: 'Repeat the password', mismatch: 'The two passwords differ' },
  rules: {
    required: 'Required',
    max: 'At most {max} characters',
    min: 'At least {min} characters',
    username: 'Only letters, digits and _ . -',
    passwordStrength: 'At least {min} characters with both letters and digits',
    url: 'A full address starting with http:// or https://',
  },
  errors: {
    network: 'Cannot reach the server; check the network and try again',
    http: 'The server answered with an error (HTTP {status}); try again later',
  },
};
