import { Result } from 'antd';
import { useCan } from '../hooks/use-me';
import { useT } from '../i18n';
import type { MenuRoute } from '../menu-routes';

/** A screen typed into the address bar without the permission says so, instead of a page of failing requests. */
export function PermittedPage({ route }: { route: MenuRoute }) {
  const t = useT();
  const allowed = useCan(route.permission);
  return allowed ? <route.page /> : <Result status="403" subTitle={t('shell.notAllowed')} />;
}
