import { useI18n } from '../../../i18n';
import { telHref } from '../phone';
import './index.scss';

interface PhoneLinkProps {
  phone: string;
  children?: string;
}

/** On H5 a real tel: link: the browser hands it to the phone's dialler, and it reads as a link. */
export function PhoneLink({ phone, children }: PhoneLinkProps) {
  const { t } = useI18n();
  return (
    <a className="ssc-phone" href={telHref(phone)} aria-label={t('help.call', { phone })}>
      <span className="ssc-phone__text">{children ?? phone}</span>
    </a>
  );
}
