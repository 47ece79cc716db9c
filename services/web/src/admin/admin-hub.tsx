import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Page } from '../ui/layout';
import { ADMIN_SECTIONS } from './admin-sections';

/**
 * A tenant admin's start: every section of the town's administration as a link with a line on
 * what it is for (the bottom tabs hold only a few; this page reaches all of them).
 */
export default function AdminHub() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  return (
    <Page title={t('manage.hub.title')}>
      <ul className="links">
        {ADMIN_SECTIONS.map(([path, key]) => (
          <li key={path}>
            <Link to={`/t/${tenant}${path}`}>{t(`manage.hub.${key}`)}</Link>
            <span className="hint">{t(`manage.hub.${key}Hint`)}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
