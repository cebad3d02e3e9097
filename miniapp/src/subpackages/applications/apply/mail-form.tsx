import { Field } from '../../../components/Field';
import { MAIL_FIELDS, type MailField } from '../../../components/applications/apply-form';
import { useI18n } from '../../../i18n';

interface MailFormProps {
  address: Record<MailField, string>;
  onChange(field: MailField, value: string): void;
  /** Shown once the person has tried to submit. */
  problems: Partial<Record<MailField, 'required' | 'invalid'>>;
}

const LIMITS: Record<MailField, number> = { recipient: 50, phone: 11, province: 20, city: 20, district: 20, line: 120, postcode: 6 };

/** The mailing address, field by field, with the same limits as the BFF. */
export function MailForm({ address, onChange, problems }: MailFormProps) {
  const { t } = useI18n();
  const errorOf = (field: MailField) => {
    const problem = problems[field];
    if (!problem) return undefined;
    if (problem === 'required') return t('applications.mail.required');
    return field === 'phone' ? t('applications.mail.phoneInvalid') : field === 'postcode' ? t('applications.mail.postcodeInvalid') : t('applications.mail.required');
  };
  return (
    <>
      {MAIL_FIELDS.map((field) => (
        <Field
          key={field}
          label={t(`applications.mail.${field}`)}
          value={address[field]}
          onChange={(value) => onChange(field, value)}
          type={field === 'phone' || field === 'postcode' ? 'number' : 'text'}
          maxlength={LIMITS[field]}
          error={errorOf(field)}
        />
      ))}
    </>
  );
}
