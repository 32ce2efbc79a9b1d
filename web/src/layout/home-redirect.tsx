import { Navigate } from 'react-router-dom';
import { Result } from 'antd';
import { useMe } from '../hooks/use-me';
import { useT } from '../i18n';
import { allows, MENU_ROUTES } from '../menu-routes';

/** "/" opens the first screen the account may see. */
export function HomeRedirect() {
  const t = useT();
  const { data: me } = useMe();
  const first = me && MENU_ROUTES.find((r) => allows(me.permissions, r));
  return first ? <Navigate to={first.path} replace /> : <Result status="403" subTitle={t('shell.nothingAllowed')} />;
}
