import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem } from '../api/problem';
import { textIn } from '../pages/texts';
import { useProfile } from '../session/profile';
import { apiOf } from '../session/session';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';

type Offer = components['schemas']['CatalogueOfferDto'];
/** A step in an offer's life partner staff may take, as the public API names its path. */
type Step = 'submission' | 'withdrawal' | 'pause' | 'end';

/** Which steps partner staff may take from each state (admins alone publish, resume and reject). */
const STEPS: Record<Offer['state'], Step[]> = {
  draft: ['submission'],
  submitted: ['withdrawal'],
  published: ['pause', 'end'],
  paused: ['end'],
  ended: [],
};

const STEP_LABEL: Record<Step, string> = {
  submission: 'partnerOffers.submit',
  withdrawal: 'partnerOffers.withdraw',
  pause: 'partnerOffers.pause',
  end: 'partnerOffers.end',
};

/** The refusals of an offer's step or change the page explains (problem codes of the public API). */
export const OFFER_REFUSALS = [
  'invalid-transition',
  'offer-not-editable',
  'stale-version',
  'partners-own-offers-only',
  'unknown-offer',
];

/**
 * A partner's staff's offers (GET /offers answers staff with their partner's), newest first:
 * each with its state, price, stock and sale window, the town's reason when it sent one back;
 * a draft is edited and submitted for approval, a submitted one withdrawn, one on sale paused
 * or ended (ending asks to confirm). The outcome, or the refusal in the person's language, is
 * shown on the offer's card.
 */
export function PartnerOffers() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const profile = useProfile();
  const format = useFormat();
  const [offers, setOffers] = useState<Offer[]>();
  const [outcome, setOutcome] = useState<{ offerId: string; ok: boolean; text: string }>();
  const [ending, setEnding] = useState<string>();
  const load = useCallback(async () => {
    const { data } = await apiOf(tenant).GET('/api/v1/offers');
    setOffers(data?.offers ?? []);
  }, [tenant]);
  useEffect(() => {
    void load().catch(() => setOffers([]));
  }, [load]);
  const take = async (offer: Offer, step: Step) => {
    setEnding(undefined);
    const known = Object.fromEntries(
      OFFER_REFUSALS.map((code) => [code, t(`partnerOffers.refused.${code}`)]),
    );
    try {
      const { data, error } = await apiOf(tenant).POST(`/api/v1/offers/{offer}/${step}`, {
        params: { path: { offer: offer.offerId } },
      });
      if (data) {
        setOutcome({ offerId: offer.offerId, ok: true, text: t(`partnerOffers.done.${step}`) });
        await load();
      } else {
        const shown = showProblem(t, error as Problem, known);
        setOutcome({
          offerId: offer.offerId,
          ok: false,
          text: shown.form ?? Object.values(shown.fields).join(' '),
        });
      }
    } catch {
      setOutcome({ offerId: offer.offerId, ok: false, text: t('errors.network') });
    }
  };
  const base = `/t/${tenant}/partner/offers`;
  return (
    <Page title={t('partnerOffers.title')}>
      {profile && !profile.partnerId && <p className="error">{t('partnerOffers.noPartner')}</p>}
      <p>
        <Link className="button" to={`${base}/new`}>
          {t('partnerOffers.new')}
        </Link>
      </p>
      {offers?.length === 0 && <p>{t('partnerOffers.empty')}</p>}
      <ul className="cards">
        {offers?.map((offer) => {
          const title = textIn(offer.texts, i18n.language)?.title ?? '';
          return (
            <li key={offer.offerId} className="card" data-testid="partner-offer">
              <h2>{title}</h2>
              <p className="meta">
                <span className={`state state-${offer.state}`}>
                  {t(`partnerOffers.state.${offer.state}`)}
                </span>
                <span>{t('partnerOffers.price', { count: offer.pricePoints })}</span>
                <span>
                  {offer.stock === null
                    ? t('partnerOffers.unlimited')
                    : t('partnerOffers.stock', { count: offer.stock })}
                </span>
              </p>
              <p className="hint">
                {t('partnerOffers.sale', {
                  from: format.dateTime(offer.saleStartsAt),
                  to: format.dateTime(offer.saleEndsAt),
                })}
              </p>
              {offer.state === 'draft' && offer.rejectionReason && (
                <p className="refusal">
                  {t('partnerOffers.rejected', { reason: offer.rejectionReason })}
                </p>
              )}
              <div className="actions">
                {offer.state === 'draft' && (
                  <Link
                    className="button"
                    to={`${base}/${offer.offerId}`}
                    aria-label={`${t('partnerOffers.edit')}: ${title}`}
                  >
                    {t('partnerOffers.edit')}
                  </Link>
                )}
                {STEPS[offer.state].map((step) =>
                  step === 'end' && ending !== offer.offerId ? (
                    <button
                      key={step}
                      type="button"
                      className="danger"
                      onClick={() => setEnding(offer.offerId)}
                    >
                      {t(STEP_LABEL[step])}
                    </button>
                  ) : (
                    <button
                      key={step}
                      type="button"
                      className={step === 'end' ? 'danger' : undefined}
                      onClick={() => void take(offer, step)}
                    >
                      {step === 'end' ? t('partnerOffers.endConfirm') : t(STEP_LABEL[step])}
                    </button>
                  ),
                )}
              </div>
              {outcome?.offerId === offer.offerId && (
                <p className={outcome.ok ? 'success' : 'error'} role="alert">
                  {outcome.text}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
