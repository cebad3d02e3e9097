import { Text, View } from '@tarojs/components';
import { a11y } from '../../../components/a11y';
import { HelpBlocks } from '../../../components/help/HelpBlocks';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getPrivacyPolicy } from '../../../services/api/help';
import '../article/index.scss';

/** The privacy policy in the app's language (public: readable before signing in). */
export default function PrivacyPage() {
  const { t, locale } = useI18n();
  const policy = useResource(getPrivacyPolicy, { deps: [locale] });
  return (
    <Page title="help.privacy">
      <PageState resource={policy}>
        {(data) => (
          <View>
            <Section>
              <Text className="article__title" {...a11y({ role: 'heading' })} aria-level={1}>
                {data.title}
              </Text>
              <Text className="muted">{t('help.privacyVersion', { version: data.version })}</Text>
            </Section>
            {data.sections.map((section, index) => (
              <Section key={index} title={section.heading}>
                <HelpBlocks blocks={section.body} />
              </Section>
            ))}
          </View>
        )}
      </PageState>
    </Page>
  );
}
