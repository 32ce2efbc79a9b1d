import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AppLayout } from './layout/app-layout';
import { HomeRedirect } from './layout/home-redirect';
import { PermittedPage } from './layout/permitted-page';
import { DETAIL_ROUTES, MENU_ROUTES } from './menu-routes';

const LoginPage = lazy(() => import('./pages/platform/login'));
const SetupPage = lazy(() => import('./pages/platform/setup'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...[...MENU_ROUTES, ...DETAIL_ROUTES].map((r) => ({ path: r.path, element: <PermittedPage route={r} /> })),
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
