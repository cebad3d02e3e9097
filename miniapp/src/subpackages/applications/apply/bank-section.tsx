import type { BankList } from '@ssc/shared';
import { Text } from '@tarojs/components';
import type { z } from 'zod';
import { Choice, ChoiceGroup } from '../../../components/applications/Choice';
import type { ApplyForm, FormProblems, MailField } from '../../../components/applications/apply-form';
import { Problem } from './problem';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import type { Resource } from '../../../hooks/useResource';
import { localName, useI18n } from '../../../i18n';
import { MailForm } from './mail-form';

interface BankSectionProps {
  banks: Resource<z.infer<typeof BankList>>;
  form: ApplyForm;
  update(change: Partial<ApplyForm>): void;
  setAddress(field: MailField, value: string): void;
  problems: FormProblems | undefined;
}

/** The issuing bank, then either one of its branches (address, phone, hours) or a mailing address. */
export function BankSection({ banks, form, update, setAddress, problems }: BankSectionProps) {
  const { t, locale } = useI18n();
  return (
    <PageState resource={banks}>
      {(data) => {
        const bank = data.banks.find((b) => b.code === form.bankCode);
        return (
          <>
            <Section title={t('applications.form.bank')}>
              {problems?.bank ? <Problem text={t('applications.form.needBank')} /> : null}
              <ChoiceGroup label={t('applications.form.bank')}>
                {data.banks.map((option) => (
                  <Choice key={option.code} title={localName(option, locale)} selected={option.code === form.bankCode} onSelect={() => update({ bankCode: option.code, branchCode: undefined })} />
                ))}
              </ChoiceGroup>
            </Section>
            <Section title={t('applications.form.delivery')}>
              <ChoiceGroup label={t('applications.form.delivery')}>
                <Choice title={t('applications.form.branch')} selected={form.method === 'branch'} onSelect={() => update({ method: 'branch' })} />
                <Choice title={t('applications.form.mail')} selected={form.method === 'mail'} onSelect={() => update({ method: 'mail' })}>
                  <Text>{t('applications.form.mailHint')}</Text>
                </Choice>
              </ChoiceGroup>
            </Section>
            {form.method === 'branch' ? (
              <Section title={t('applications.form.pickBranch')}>
                {problems?.branch && bank ? <Problem text={t('applications.form.needBranch')} /> : null}
                {bank ? (
                  <ChoiceGroup label={t('applications.form.pickBranch')}>
                    {bank.branches.map((branch) => (
                      <Choice key={branch.code} title={localName(branch, locale)} selected={branch.code === form.branchCode} onSelect={() => update({ branchCode: branch.code })}>
                        <Text>{branch.address}</Text>
                        <Text>{branch.phone}</Text>
                        <Text>{t('applications.form.hours', { hours: t(`applications.form.days.${branch.hours.days}`, { opens: branch.hours.opens, closes: branch.hours.closes }) })}</Text>
                      </Choice>
                    ))}
                  </ChoiceGroup>
                ) : (
                  <Text className="muted">{t('applications.form.chooseBankFirst')}</Text>
                )}
              </Section>
            ) : (
              <Section title={t('applications.form.mail')}>
                <MailForm address={form.address} onChange={setAddress} problems={problems?.address ?? {}} />
              </Section>
            )}
          </>
        );
      }}
    </PageState>
  );
}
