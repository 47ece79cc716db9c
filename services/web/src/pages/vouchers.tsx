import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { apiOf } from '../session/session';
import { useLiveEvents } from '../session/use-live-events';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';

type Voucher = components['schemas']['VoucherWithQrDto'];

/**
 * The resident's vouchers, valid ones first: each valid one as a large QR code and its code
 * written out, for the partner's counter; used, expired and cancelled ones with when. Kept
 * current when one is issued, used or cancelled.
 */
export function Vouchers() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const format = useFormat();
  const [vouchers, setVouchers] = useState<Voucher[]>();
  const load = () =>
    void apiOf(tenant)
      .GET('/api/v1/me/vouchers')
      .then(({ data }) => setVouchers(data?.vouchers ?? []));
  useEffect(load, [tenant]);
  useLiveEvents(tenant, (event) => {
    if (event.type.startsWith('Voucher') || event.type === 'RedemptionFailed') load();
  });
  const ordered = [...(vouchers ?? [])].sort(
    (a, b) => Number(b.state === 'valid') - Number(a.state === 'valid'),
  );
  return (
    <Page title={t('vouchers.title')}>
      {vouchers?.length === 0 && <p>{t('vouchers.empty')}</p>}
      <ul className="cards">
        {ordered.map((voucher) => (
          <li key={voucher.voucherId} className="card voucher">
            <p className="meta">
              <strong>{t(`vouchers.state.${voucher.state}`)}</strong>
              <span>{t('vouchers.expires', { time: format.dateTime(voucher.expiresAt) })}</span>
            </p>
            {voucher.state === 'valid' && (
              <img
                className="qr"
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(voucher.qrSvg)}`}
                alt={t('vouchers.qr', { code: voucher.code })}
              />
            )}
            <p className="code" data-testid="voucher-code">
              {voucher.code}
            </p>
            {voucher.usedAt && (
              <p>{t('vouchers.usedAt', { time: format.dateTime(voucher.usedAt) })}</p>
            )}
          </li>
        ))}
      </ul>
    </Page>
  );
}
