import type { ApplicationDetail } from '@ssc/shared';
import { Text } from '@tarojs/components';
import { Section } from '../../../components/Section';
import { PhoneLink } from '../../../components/help/PhoneLink';
import { localName, useI18n } from '../../../i18n';

/**
 * Where the card will be: the branch (named in the reader's language) with its address and phone,
 * or the (masked) mailing address and where a mailed card is activated.
 */
export function Delivery({ application }: { application: ApplicationDetail }) {
  const { t, locale } = useI18n();
  const { branch, delivery } = application;
  if (branch) {
    return (
      <Section title={t('applications.detail.branch')}>
        <Text className="detail__strong">{localName(branch, locale)}</Text>
        <Text className="detail__line">{branch.address}</Text>
        <PhoneLink phone={branch.phone} />
      </Section>
    );
  }
  if (delivery.method !== 'mail') return null;
  const { address } = delivery;
  return (
    <Section title={t('applications.detail.mail')}>
      <Text className="detail__strong">{`${address.recipient} ${address.phone}`}</Text>
      <Text className="detail__line">{`${address.province}${address.city}${address.district} ${address.line}`}</Text>
      <Text className="muted detail__line">{address.postcode}</Text>
      <Text className="detail__line">{t('applications.detail.mailActivate')}</Text>
    </Section>
  );
}
