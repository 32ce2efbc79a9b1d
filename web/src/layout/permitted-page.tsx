import { Result } from 'antd';
import { useMe } from '../hooks/use-me';
import { useT } from '../i18n';
import { allows, type PageRoute } from '../menu-routes';

/** A screen typed into the address bar without the permission says so, instead of a page of failing requests. */
export function PermittedPage({ route }: { route: PageRoute }) {
  const t = useT();
  const { data: me } = useMe();
  return me && allows(me.permissions, route) ? <route.page /> : <Result status="403" subTitle={t('shell.notAllowed')} />;
}
