import { Text } from '@tarojs/components';
import { useState } from 'react';
import { Banner } from '../../../components/Banner';
import { Button } from '../../../components/Button';
import { Page } from '../../../components/Page';
import { emptyForm, type ApplyForm, type MailField } from '../../../components/applications/apply-form';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { listBanks } from '../../../services/api/banks';
import { openPage } from '../../../services/navigation';
import { ROUTES } from '../../../services/routes';
import { BankSection } from './bank-section';
import { KindSection } from './kind-section';
import { PhotoSection } from './photo-section';
import { usePhoto } from './use-photo';
import { useSubmit } from './use-submit';
import './index.scss';

/** The application form: kind, bank and branch (or mail), ID photo, then submit and go to its progress. */
export default function ApplyPage() {
  const { t } = useI18n();
  const banks = useResource(() => listBanks());
  const [fields, setFields] = useState<Omit<ApplyForm, 'photoId'>>(() => emptyForm());
  const { photo, choose, retry } = usePhoto();
  const form: ApplyForm = { ...fields, photoId: photo.status === 'uploaded' ? photo.id : undefined };
  const { submit, busy, problems, failure } = useSubmit(form);

  const update = (change: Partial<ApplyForm>) => setFields((current) => ({ ...current, ...change }));
  const setAddress = (field: MailField, value: string) => setFields((current) => ({ ...current, address: { ...current.address, [field]: value } }));

  return (
    <Page title="applications.apply">
      <KindSection kind={fields.kind} onChange={(kind) => update({ kind })} />
      <BankSection banks={banks} form={form} update={update} setAddress={setAddress} problems={problems} />
      <PhotoSection photo={photo} onChoose={() => void choose()} onRetry={() => void retry()} missing={Boolean(problems?.photo)} />
      {problems ? <Banner tone="error">{t('applications.form.fixProblems')}</Banner> : null}
      {failure ? <Banner tone="error">{failure.text}</Banner> : null}
      {failure?.action === 'applications' ? (
        <Button kind="secondary" onClick={() => void openPage(ROUTES.applications)}>
          {t('applications.form.viewApplications')}
        </Button>
      ) : null}
      <Button loading={busy} disabled={photo.status === 'uploading'} onClick={submit}>
        {t('applications.form.submit')}
      </Button>
      <Text className="muted apply__hint">{t('help.hotline')}</Text>
    </Page>
  );
}
