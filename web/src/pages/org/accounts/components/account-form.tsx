import { Form, Input, Select } from 'antd';
import type { Role } from '@yuqing/common';
import { createAccount, platformKeys, updateAccount, type Account } from '../../../../api/platform';
import { FormModal } from '../../../../components/form-modal';
import { PasswordFields } from '../../../../components/password-fields';
import { RoleSelect } from '../../../../components/roles';
import { UnitTreeSelect } from '../../../../components/unit-tree-select';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { usePeopleOfUnit } from '../../../../hooks/use-org';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';

interface Values {
  username: string;
  password: string;
  displayName: string;
  unitId: number;
  personId?: number;
  roles: Role[];
}

/**
 * Creates an account, or edits one when `account` is given. Username, unit and password are fixed
 * after creation (a password changes through "reset password"); name, person and roles stay editable.
 */
export function AccountForm({ account, onClose }: { account?: Account; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const [form] = Form.useForm<Values>();
  const chosenUnit = Form.useWatch('unitId', form);
  const { data: people = [], isFetching } = usePeopleOfUnit(account?.unitId ?? chosenUnit);
  const save = useWrite(
    (v: Values) => {
      const fields = { displayName: v.displayName, personId: v.personId ?? null, roles: v.roles };
      return account ? updateAccount(account.id, fields) : createAccount({ ...fields, username: v.username, password: v.password, unitId: v.unitId });
    },
    { invalidate: [platformKeys.accounts] },
  );

  return (
    <FormModal<Values>
      form={form}
      title={account ? t('accounts.editTitle', { name: account.username }) : t('accounts.add')}
      initialValues={account ? { displayName: account.displayName, personId: account.personId ?? undefined, roles: account.roles } : { roles: ['member'] }}
      onSubmit={save.mutateAsync}
      onClose={onClose}
      testId="account-form"
    >
      {!account && (
        <>
          <Form.Item name="username" label={t('accounts.username')} rules={rules.username} extra={t('accounts.usernameHint')}>
            <Input autoComplete="off" />
          </Form.Item>
          <PasswordFields name="password" label={t('accounts.initialPassword')} />
          <Form.Item name="unitId" label={t('org.person.unit')} rules={[rules.required]}>
            {/* The linked person must belong to the account's unit. */}
            <UnitTreeSelect onChange={() => form.setFieldValue('personId', undefined)} />
          </Form.Item>
        </>
      )}
      <Form.Item name="displayName" label={t('accounts.displayName')} rules={rules.name}>
        <Input />
      </Form.Item>
      <Form.Item name="personId" label={t('accounts.person')} extra={t('accounts.personHint')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={isFetching}
          options={people.map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name }))}
          onChange={(id?: number) => {
            // Linking a person usually means the account is theirs: offer their name.
            const person = people.find((p) => p.id === id);
            if (person && !form.getFieldValue('displayName')) form.setFieldValue('displayName', person.name);
          }}
        />
      </Form.Item>
      <Form.Item name="roles" label={t('accounts.roles')} rules={[rules.required]}>
        <RoleSelect />
      </Form.Item>
    </FormModal>
  );
}
