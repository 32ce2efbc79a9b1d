import { useState, type ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { ApiError } from '../api/client';
import { useT } from '../i18n';

interface FormModalProps<Values> {
  title: ReactNode;
  initialValues?: Partial<Values>;
  /** Resolves when saved; the modal then closes. A server error naming a field is shown on that field. */
  onSubmit: (values: Values) => Promise<unknown>;
  onClose: () => void;
  /** For forms whose fields depend on each other (a department list that follows the chosen unit). */
  form?: FormInstance<Values>;
  okText?: ReactNode;
  /** While the values to edit are still loading, saving would store the wrong ones. */
  okDisabled?: boolean;
  width?: number;
  testId?: string;
  children: ReactNode;
}

/**
 * The one create/edit dialog of the app: every form lives in one, so saving and errors behave alike.
 * Callers mount it while it is open, so each opening starts from fresh initial values.
 */
export function FormModal<Values extends object>(props: FormModalProps<Values>) {
  const t = useT();
  const [ownForm] = Form.useForm<Values>();
  const form = props.form ?? ownForm;
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await props.onSubmit(values);
      props.onClose();
    } catch (err) {
      // The global handler already shows the message; here it also marks the field the server named.
      // The server names nested fields with dots (`members.0.personId`); the form wants the path as a list.
      if (err instanceof ApiError && err.field) {
        const path = err.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        form.setFields([{ name: path as never, errors: [err.message] }]);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={props.width}
      title={props.title}
      okText={props.okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      // A failed validation is already marked on its fields; nothing more to report.
      onOk={() => void submit().catch(() => undefined)}
      onCancel={props.onClose}
      okButtonProps={{ disabled: props.okDisabled, ...(props.testId ? { 'data-testid': `${props.testId}-ok` } : {}) }}
    >
      <Form form={form} layout="vertical" initialValues={props.initialValues} data-testid={props.testId}>
        {props.children}
      </Form>
    </Modal>
  );
}
