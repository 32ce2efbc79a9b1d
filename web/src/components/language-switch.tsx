import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Segmented } from 'antd';
import type { Locale } from '@yuqing/common';
import { platformKeys, updateMyLocale } from '../api/platform';
import { useMe } from '../hooks/use-me';
import { useI18n } from '../i18n';

/** Each language names itself, so a user lost in the other one still finds theirs. */
const OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { locale, setLocale } = useI18n();
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const remember = useMutation({
    mutationFn: updateMyLocale,
    onSuccess: (updated) => queryClient.setQueryData(platformKeys.me, updated),
  });

  const change = (next: Locale) => {
    setLocale(next);
    // Signed in, the account remembers it too, so the next browser opens in the same language.
    if (me) remember.mutate(next);
  };
  return <Segmented size="small" value={locale} options={OPTIONS} onChange={change} data-testid="lang-switch" />;
}
