import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { chooseLocale, hasChosenLocale } from '../i18n/i18n';
import { apiOf, forgetSession, loadSession } from './session';

/** The signed-in person as the public API describes them (GET /me). */
export type Profile = components['schemas']['ProfileDto'];

const ProfileContext = createContext<Profile | undefined>(undefined);

/** The signed-in person of the page (inside SignedIn). */
export function useProfile(): Profile | undefined {
  return useContext(ProfileContext);
}

/**
 * Pages for signed-in people: the town's sign-in page for anyone else, or when the session is
 * no longer accepted. Reads who the person is (GET /me) for the pages inside, and starts the
 * app in their language unless one was chosen on this device.
 */
export function SignedIn({ children }: { children: ReactNode }) {
  const { tenant = '' } = useParams();
  const [profile, setProfile] = useState<Profile | null>();
  const session = loadSession(tenant);
  useEffect(() => {
    if (!session) return;
    let current = true;
    void apiOf(tenant)
      .GET('/api/v1/me')
      .then(({ data, response }) => {
        if (!current) return;
        if (data) {
          if (!hasChosenLocale()) void chooseLocale(data.locale, { remember: false });
          setProfile(data);
        } else if (response.status === 401 || response.status === 404) {
          forgetSession(tenant);
          setProfile(null);
        }
      })
      // Offline: the pages that can work without it still show.
      .catch(() => current && setProfile(undefined));
    return () => {
      current = false;
    };
  }, [tenant, session?.userId]);
  if (!session || profile === null) return <Navigate to={`/t/${tenant}/sign-in`} replace />;
  return <ProfileContext.Provider value={profile}>{children}</ProfileContext.Provider>;
}
