import type { ApplicationDetail } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import { PhoneLink } from '../../help/PhoneLink';
import { stageLabelKey, type Step } from '../stages';
import './index.scss';

/**
 * The application's stages, oldest first: each reached one with its time and office, then the
 * estimates; named for how the card reaches the person (a mailed card is sent, not collected).
 */
export function Timeline({ steps, method }: { steps: readonly Step[]; method: ApplicationDetail['deliveryMethod'] }) {
  const { t, dateTime, date } = useI18n();
  return (
    <View className="ssc-timeline" {...a11y({ role: 'list' })}>
      {steps.map((step, index) => (
        <View key={`${step.stage}-${index}`} className={`ssc-timeline__step ssc-timeline__step--${step.state}`} {...a11y({ role: 'listitem' })} aria-current={step.state === 'current' ? 'step' : undefined}>
          <View className="ssc-timeline__dot" aria-hidden />
          <View className="ssc-timeline__body">
            <Text className="ssc-timeline__stage">{t(stageLabelKey(step.stage, method))}</Text>
            {step.at ? <Text className="ssc-timeline__line">{dateTime(step.at)}</Text> : null}
            {step.expectedAt ? <Text className="ssc-timeline__line">{t('applications.detail.expectedAt', { date: date(step.expectedAt) })}</Text> : null}
            {step.office ? <Text className="ssc-timeline__line">{t('applications.detail.office', { office: step.office })}</Text> : null}
            {step.officePhone ? <PhoneLink phone={step.officePhone} /> : null}
            {step.reason ? <Text className="ssc-timeline__line ssc-timeline__reason">{t('applications.detail.reason', { reason: t(`applications.reason.${step.reason}`) })}</Text> : null}
            {step.note ? <Text className="ssc-timeline__line">{step.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
