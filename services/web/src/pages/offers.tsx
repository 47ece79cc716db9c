import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem } from '../api/problem';
import { apiOf } from '../session/session';
import { useLiveEvents } from '../session/use-live-events';
import { Page } from '../ui/layout';
import { textIn } from './texts';

type Offer = components['schemas']['CatalogueOfferDto'];
type Redeeming = { offerId: string; state: 'pending' | 'issued' | 'failed'; message?: string };

// The refusals of a redemption the app explains (problem codes of the public API).
const REFUSALS = ['offer-sold-out', 'limit-reached', 'not-enough-points', 'offer-not-on-sale'];

/**
 * The town's offers on sale with the resident's balance: each offer's title and terms in their
 * language, its price and whether they can afford it; redeeming one asks the public API
 * (Idempotency-Key) and follows the redemption until its voucher is issued or it fails, from
 * the live stream and by asking again.
 */
export function Offers() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const [balance, setBalance] = useState<number>();
  const [offers, setOffers] = useState<Offer[]>();
  const [redeeming, setRedeeming] = useState<Redeeming>();
  const load = useCallback(async () => {
    const { data } = await apiOf(tenant).GET('/api/v1/offers');
    setBalance(data?.balance ?? 0);
    setOffers((data?.offers ?? []).filter((offer) => offer.state === 'published'));
  }, [tenant]);
  useEffect(() => {
    void load().catch(() => setOffers([]));
  }, [load]);
  const follow = useCallback(
    async (offerId: string, redemptionId: string) => {
      for (let tries = 0; tries < 60; tries++) {
        const { data } = await apiOf(tenant).GET('/api/v1/redemptions/{redemption}', {
          params: { path: { redemption: redemptionId } },
        });
        if (data && data.state !== 'pending') {
          setRedeeming({
            offerId,
            state: data.state === 'issued' ? 'issued' : 'failed',
            ...(data.reason && { message: t(`offers.failed.${data.reason}`) }),
          });
          void load();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    },
    [tenant, load, t],
  );
  useLiveEvents(tenant, (event) => {
    if (typeof event.balance === 'number') setBalance(event.balance);
  });
  const redeem = async (offer: Offer) => {
    setRedeeming({ offerId: offer.offerId, state: 'pending' });
    try {
      const { data, error } = await apiOf(tenant).POST('/api/v1/redemptions', {
        body: { offerId: offer.offerId },
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
      if (data) return void follow(offer.offerId, data.redemptionId);
      const problem = error as Problem;
      const known = Object.fromEntries(REFUSALS.map((code) => [code, t(`offers.refused.${code}`)]));
      const shown = showProblem(t, problem, known);
      setRedeeming({ offerId: offer.offerId, state: 'failed', message: shown.form });
    } catch {
      setRedeeming({ offerId: offer.offerId, state: 'failed', message: t('errors.network') });
    }
  };
  return (
    <Page title={t('offers.title')}>
      <p className="big" data-testid="offers-balance">
        {balance === undefined ? t('app.loading') : t('home.points', { count: balance })}
      </p>
      <p>
        <Link to={`/t/${tenant}/vouchers`}>{t('offers.myVouchers')}</Link>
      </p>
      {offers?.length === 0 && <p>{t('offers.empty')}</p>}
      <ul className="cards">
        {offers?.map((offer) => {
          const text = textIn(offer.texts, i18n.language);
          const mine = redeeming?.offerId === offer.offerId ? redeeming : undefined;
          return (
            <li key={offer.offerId} className="card">
              <h2>{text?.title}</h2>
              <p className="meta">
                <span>{t('offers.price', { count: offer.pricePoints })}</span>
                {offer.stock !== null && <span>{t('offers.stock', { count: offer.stock })}</span>}
              </p>
              {text?.description && <p>{text.description}</p>}
              <p className="hint">{offer.terms}</p>
              <button
                type="button"
                disabled={!offer.affordable || mine?.state === 'pending'}
                onClick={() => void redeem(offer)}
              >
                {t(offer.affordable ? 'offers.redeem' : 'offers.notEnough')}
              </button>
              <div role="status" aria-live="polite">
                {mine?.state === 'pending' && <p>{t('offers.pending')}</p>}
                {mine?.state === 'issued' && (
                  <p className="success">
                    {t('offers.issued')}{' '}
                    <Link to={`/t/${tenant}/vouchers`}>{t('offers.showVoucher')}</Link>
                  </p>
                )}
                {mine?.state === 'failed' && <p className="error">{mine.message}</p>}
              </div>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
