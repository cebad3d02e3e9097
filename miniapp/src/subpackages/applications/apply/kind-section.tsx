import { APPLICATION_KINDS, type ApplicationKind } from '@ssc/shared';
import { Text } from '@tarojs/components';
import { Choice, ChoiceGroup } from '../../../components/applications/Choice';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n';

/** New, replacement or renewal, each with the situation it is for. */
export function KindSection({ kind, onChange }: { kind: ApplicationKind; onChange(kind: ApplicationKind): void }) {
  const { t } = useI18n();
  return (
    <Section title={t('applications.form.kind')}>
      <ChoiceGroup label={t('applications.form.kind')}>
        {APPLICATION_KINDS.map((option) => (
          <Choice key={option} title={t(`applications.kind.${option}`)} selected={kind === option} onSelect={() => onChange(option)}>
            <Text>{t(`applications.kind.${option}.when`)}</Text>
          </Choice>
        ))}
      </ChoiceGroup>
    </Section>
  );
}
