import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Field } from '../ui/field';
import { Page } from '../ui/layout';

// A tenant id as the public API accepts it.
const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The start page without a town: the resident types their town's name from its posters. */
export function ChooseTown() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [tenant, setTenant] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = tenant.trim().toLowerCase();
    if (!TENANT.test(id)) return setError(t('town.invalid'));
    navigate(`/t/${id}`);
  };
  return (
    <Page title={t('town.title')} signedIn={false}>
      <p>{t('town.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field
          label={t('town.label')}
          hint={t('town.hint')}
          error={error}
          value={tenant}
          onChange={(event) => setTenant(event.target.value)}
          autoCapitalize="none"
          autoComplete="off"
          required
        />
        <button type="submit">{t('town.go')}</button>
      </form>
    </Page>
  );
}
