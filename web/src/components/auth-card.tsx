import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useT } from '../i18n';
import { LanguageSwitch } from './language-switch';

/** The frame of the screens before sign-in (login, first-run setup): product name, language, one card. */
export function AuthCard({ title, children }: { title: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('shell.product')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 16 }}>
        {t('shell.tagline')}
      </Typography.Text>
    </Flex>
  );
}
