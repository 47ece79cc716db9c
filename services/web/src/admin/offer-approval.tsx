import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { textIn } from '../pages/texts';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { refusal } from './refusal';

type Offer = components['schemas']['CatalogueOfferDto'];
type Partner = components['schemas']['PartnerDto'];

/**
 * Offers waiting for the town's approval: those partners submitted (GET /offers, an admin sees
 * all, kept in state `submitted`), each with its partner, price, stock and sale window; the
 * admin approves (POST /offers/{id}/publication) or rejects it with a reason the partner reads
 * (POST /offers/{id}/rejection). Refusals show at the offer.
 */
export default function OfferApproval() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [offers, setOffers] = useState<Offer[]>();
  const [partners, setPartners] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string>();
  const load = useCallback(async () => {
    const [catalogue, listed] = await Promise.all([
      apiOf(tenant).GET('/api/v1/offers'),
      apiOf(tenant).GET('/api/v1/partners'),
    ]);
    setOffers((catalogue.data?.offers ?? []).filter((offer) => offer.state === 'submitted'));
    setPartners(
      Object.fromEntries(
        (listed.data?.partners ?? []).map((p: Partner) => [p.partnerId, p.name] as const),
      ),
    );
  }, [tenant]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Page title={t('manage.offers.title')}>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      {offers?.length === 0 && <p>{t('manage.offers.empty')}</p>}
      <ul className="cards">
        {offers?.map((offer) => (
          <WaitingOffer
            key={offer.offerId}
            tenant={tenant}
            offer={offer}
            partner={partners[offer.partnerId] ?? ''}
            onDecided={(message) => {
              setDone(message);
              void load();
            }}
          />
        ))}
      </ul>
    </Page>
  );
}

function WaitingOffer({
  tenant,
  offer,
  partner,
  onDecided,
}: {
  tenant: string;
  offer: Offer;
  partner: string;
  onDecided: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const text = textIn(offer.texts, i18n.language);
  const title = text?.title ?? '';
  const path = { params: { path: { offer: offer.offerId } } };
  const approve = async () => {
    const { data, error } = await apiOf(tenant).POST('/api/v1/offers/{offer}/publication', path);
    if (data) onDecided(t('manage.offers.approved', { title }));
    else setShown(refusal(t, error as Problem, []));
  };
  const reject = async () => {
    const { data, error } = await apiOf(tenant).POST('/api/v1/offers/{offer}/rejection', {
      ...path,
      body: { reason },
    });
    if (data) onDecided(t('manage.offers.rejected', { title }));
    else setShown(refusal(t, error as Problem, ['reason']));
  };
  return (
    <li className="card">
      <h2>{title}</h2>
      <p className="meta">
        {partner && <span>{partner}</span>}
        <span>{t('manage.offers.price', { count: offer.pricePoints })}</span>
        <span>
          {offer.stock === null
            ? t('manage.offers.unlimited')
            : t('manage.offers.stock', { count: offer.stock })}
        </span>
      </p>
      {text?.description && <p>{text.description}</p>}
      <p>
        {t('manage.offers.sale', {
          from: format.dateTime(offer.saleStartsAt),
          to: format.dateTime(offer.saleEndsAt),
        })}
      </p>
      {offer.terms && <p className="hint">{offer.terms}</p>}
      <p className="actions">
        <button
          type="button"
          onClick={() => void approve()}
          aria-label={t('manage.offers.approveNamed', { title })}
        >
          {t('manage.offers.approve')}
        </button>
      </p>
      <Field
        label={t('manage.offers.reason')}
        hint={t('manage.offers.reasonHint')}
        value={reason}
        maxLength={2000}
        onChange={(e) => setReason(e.target.value)}
        error={shown.fields.reason}
      />
      <FormError message={shown.form} />
      <button
        type="button"
        className="danger"
        onClick={() => void reject()}
        aria-label={t('manage.offers.rejectNamed', { title })}
      >
        {t('manage.offers.reject')}
      </button>
    </li>
  );
}
