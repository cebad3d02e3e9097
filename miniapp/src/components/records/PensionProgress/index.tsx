import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import type { PensionProgress as Progress } from '../lib/summary';
import './index.scss';

/** Years of pension paid against the usual minimum: a bar, and in words what is left. */
export function PensionProgress({ progress }: { progress: Progress }) {
  const { t, yearsMonths } = useI18n();
  const paid = yearsMonths(progress.paidMonths);
  const required = yearsMonths(progress.requiredMonths);
  return (
    <View className="rec-progress">
      <Text className="rec-progress__paid">{t('records.pension.paid', { time: paid })}</Text>
      <View
        className="rec-progress__track"
        {...a11y({ role: 'progressbar' })}
        aria-valuemin={0}
        aria-valuemax={progress.requiredMonths}
        aria-valuenow={Math.min(progress.paidMonths, progress.requiredMonths)}
        aria-valuetext={t('records.pension.progress', { paid, required })}
      >
        <View className="rec-progress__fill" style={{ width: `${progress.percent}%` }} />
      </View>
      <Text className={progress.reached ? 'rec-progress__status rec-progress__status--done' : 'rec-progress__status'}>
        {progress.reached ? t('records.pension.reached', { time: required }) : t('records.pension.remaining', { time: yearsMonths(progress.remainingMonths) })}
      </Text>
      <Text className="muted rec-progress__note">{t('records.pension.goal', { time: required })}</Text>
      <Text className="muted rec-progress__note">{t('records.pension.note')}</Text>
    </View>
  );
}
